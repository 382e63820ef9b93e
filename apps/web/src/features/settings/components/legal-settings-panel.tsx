import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { defaultLegalSettings, type LegalSettings } from '@phoihop/shared/legal-rules';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryFallback } from '../../../components/ui/query-state';
import { isApiError } from '../../../lib/api-client';
import { useCitation } from '../../../lib/citations';
import { useLegalSettings, useUpdateLegalSettings } from '../api/legal-settings';
import { limitAt, limitPaths, withLimit } from './legal-limits';

/** Legal time limits: numbers the sources could not confirm are settings, marked as such. */
export function LegalSettingsPanel() {
  const query = useLegalSettings();
  if (!query.data) {
    return <QueryFallback query={query} />;
  }
  const view = query.data;
  return (
    <LegalSettingsForm key={view.version ?? 0} initial={view.settings} version={view.version} />
  );
}

function LegalSettingsForm(props: { initial: LegalSettings; version: number | null }) {
  const { t } = useTranslation();
  const citation = useCitation();
  const [settings, setSettings] = useState(props.initial);
  const update = useUpdateLegalSettings();
  const save = () =>
    update.mutate(
      { version: props.version, body: settings },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('common.saved') }),
        onError: (error) =>
          notifications.show({
            color: 'red',
            message: isApiError(error) ? error.message : t('settings.saveFailed'),
          }),
      },
    );
  const max = settings.denunciation.maxExtensions;
  const unconfirmed = limitPaths.filter((path) => limitAt(settings, path).unconfirmed).length;
  return (
    <Stack>
      <Alert color="blue">
        {t('settings.legal.intro')}
        {unconfirmed > 0 && (
          <Text size="sm" fw={600} mt="xs" data-testid="unconfirmed-count">
            {t('settings.legal.unconfirmedCount', { count: unconfirmed })}
          </Text>
        )}
      </Alert>
      <Table.ScrollContainer minWidth={640}>
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.legal.limit')}</Table.Th>
              <Table.Th w={110}>{t('settings.legal.days')}</Table.Th>
              <Table.Th w={160}>{t('settings.legal.kind')}</Table.Th>
              <Table.Th>{t('settings.legal.basis')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {limitPaths.map((path) => {
              const limit = limitAt(settings, path);
              const label = t(`settings.legal.limits.${path.replaceAll('.', '_')}`);
              return (
                <Table.Tr key={path}>
                  <Table.Td>
                    <Text size="sm">{label}</Text>
                    {/* Only the limits the sources could not confirm need a person's review. */}
                    {limitAt(defaultLegalSettings, path).unconfirmed && (
                      <Checkbox
                        mt={4}
                        size="xs"
                        label={t('settings.legal.confirmed')}
                        aria-label={`${label}: ${t('settings.legal.confirmed')}`}
                        checked={!limit.unconfirmed}
                        onChange={(event) => {
                          const confirmed = event.currentTarget.checked;
                          setSettings((s) => withLimit(s, path, { unconfirmed: !confirmed }));
                        }}
                      />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`${label}: ${t('settings.legal.days')}`}
                      min={1}
                      max={365}
                      allowDecimal={false}
                      value={limit.days}
                      onChange={(value) =>
                        typeof value === 'number' &&
                        setSettings((s) => withLimit(s, path, { days: value }))
                      }
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`${label}: ${t('settings.legal.kind')}`}
                      allowDeselect={false}
                      data={(['calendar', 'working'] as const).map((kind) => ({
                        value: kind,
                        label: t(`settings.legal.dayKinds.${kind}`),
                      }))}
                      value={limit.kind}
                      onChange={(kind) =>
                        kind && setSettings((s) => withLimit(s, path, { kind: kind }))
                      }
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {citation(limit.basis)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group>
        {(['complex', 'especiallyComplex'] as const).map((level) => (
          <NumberInput
            key={level}
            label={t(`settings.legal.maxExtensions.${level}`)}
            min={0}
            max={5}
            allowDecimal={false}
            value={max[level]}
            onChange={(value) =>
              typeof value === 'number' &&
              setSettings((s) => ({
                ...s,
                denunciation: {
                  ...s.denunciation,
                  maxExtensions: { ...s.denunciation.maxExtensions, [level]: value },
                },
              }))
            }
          />
        ))}
      </Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => setSettings(defaultLegalSettings)}>
          {t('settings.legal.restoreDefaults')}
        </Button>
        <Button onClick={save} loading={update.isPending}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
