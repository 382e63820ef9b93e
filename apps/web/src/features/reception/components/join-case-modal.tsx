import { Button, Group, Loader, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { ReceptionVisit } from '@phoihop/shared/reception';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { useCaseSearch } from '../api/search-cases';
import { useUpdateVisit } from '../api/update-visit';

/** "Gắn vào đơn đã có": finds a case by number or words and joins the visit to it. */
export function JoinCaseModal(props: { visit: ReceptionVisit; onClose: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const [caseId, setCaseId] = useState<string | null>(null);
  const search = useCaseSearch(q);
  const update = useUpdateVisit();
  const cases = search.data ?? [];
  const chosen = cases.find((c) => c.id === caseId);
  const join = () =>
    chosen &&
    update.mutate(
      { id: props.visit.id, version: props.visit.version, body: { caseId: chosen.id } },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('reception.visits.joined', { number: chosen.number }),
          });
          props.onClose();
        },
      },
    );
  return (
    <Modal opened onClose={props.onClose} title={t('reception.join.title')} size="lg">
      <Stack>
        <TextInput
          label={t('reception.join.search')}
          description={t('reception.join.searchHelp')}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={search.isFetching ? <Loader size="xs" /> : null}
          type="search"
          data-autofocus
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        {q.length >= 2 && search.isSuccess && cases.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('reception.join.noResults')}
          </Text>
        )}
        {cases.length > 0 && (
          <Radio.Group value={caseId} onChange={setCaseId} label={t('reception.join.title')}>
            <Stack gap="xs" mt="xs" data-testid="case-search-results">
              {cases.map((c) => (
                <Radio.Card
                  key={c.id}
                  value={c.id}
                  p="sm"
                  radius="md"
                  aria-label={t('reception.join.pick', { number: c.number })}
                >
                  <Group wrap="nowrap" align="flex-start">
                    <Radio.Indicator />
                    <div>
                      <Text fw={500}>
                        {c.number} · {c.petitionerLabel}
                      </Text>
                      <Text size="sm" lineClamp={2}>
                        {c.summary}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {formatDate(c.receivedOn)}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          </Radio.Group>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={join} disabled={!chosen} loading={update.isPending}>
            {t('reception.join.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
