import { Badge, Button, Group, Loader, Modal, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { formatDateVi } from '@phoihop/shared/dates';
import { IconDeviceFloppy, IconDownload, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/ui/date-field';

/**
 * The report's date (which recomputes the figures) and what can be done with the text: save it
 * as a version, download it as DOCX, generate it again from the records.
 */
export function ReportToolbar(props: {
  year: number;
  asOf: string;
  onAsOfChange: (asOf: string) => void;
  canEdit: boolean;
  base: { versionNo: number; asOf: string } | null;
  unsaved: boolean;
  figuresUpdating: boolean;
  saving: boolean;
  downloading: boolean;
  regenerating: boolean;
  /** Regenerating would replace text that was edited or saved: ask first. */
  confirmRegenerate: boolean;
  onSave: () => void;
  onDownload: () => void;
  onRegenerate: () => void;
}) {
  const { t } = useTranslation();
  const [confirming, confirm] = useDisclosure(false);
  const { base } = props;
  const status = !base
    ? { color: 'orange', text: t('reports.editor.statusDraft') }
    : props.unsaved
      ? { color: 'orange', text: t('reports.editor.statusUnsaved', { n: base.versionNo }) }
      : { color: 'teal', text: t('reports.editor.statusSaved', { n: base.versionNo }) };
  const canDownload = props.canEdit || base !== null;
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <DateField
            label={t('reports.editor.asOf')}
            description={t('reports.editor.asOfHelp')}
            minDate={`${props.year}-01-01`}
            maxDate={`${props.year}-12-31`}
            value={props.asOf}
            onChange={(value) => value && props.onAsOfChange(value)}
            w={{ base: '100%', xs: 200 }}
          />
          {props.canEdit && (
            <Button
              leftSection={<IconDeviceFloppy size={18} aria-hidden />}
              loading={props.saving}
              onClick={props.onSave}
            >
              {t('reports.editor.save')}
            </Button>
          )}
          <Button
            variant="default"
            leftSection={<IconDownload size={18} aria-hidden />}
            loading={props.downloading}
            disabled={!canDownload}
            onClick={props.onDownload}
          >
            {t('reports.editor.download')}
          </Button>
          {props.canEdit && (
            <Button
              variant="subtle"
              leftSection={<IconRefresh size={18} aria-hidden />}
              loading={props.regenerating}
              onClick={() => (props.confirmRegenerate ? confirm.open() : props.onRegenerate())}
            >
              {t('reports.editor.regenerate')}
            </Button>
          )}
        </Group>
        <Group gap="sm" wrap="wrap">
          {props.canEdit ? (
            <Badge color={status.color} variant="light" data-testid="report-status">
              {status.text}
            </Badge>
          ) : (
            <Text size="sm" c="dimmed">
              {base
                ? t('reports.editor.readerVersion', {
                    n: base.versionNo,
                    date: formatDateVi(base.asOf),
                  })
                : t('reports.editor.noVersionToDownload')}
            </Text>
          )}
          {props.figuresUpdating && (
            <Group gap={6} role="status">
              <Loader size="xs" />
              <Text size="sm">{t('reports.editor.updatingFigures')}</Text>
            </Group>
          )}
        </Group>
      </Stack>
      <Modal
        opened={confirming}
        onClose={confirm.close}
        title={t('reports.editor.regenerateTitle')}
        centered
      >
        <Text mb="lg">{t('reports.editor.regenerateMessage')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={confirm.close}>
            {t('common.cancel')}
          </Button>
          <Button
            color="orange"
            onClick={() => {
              confirm.close();
              props.onRegenerate();
            }}
          >
            {t('reports.editor.regenerate')}
          </Button>
        </Group>
      </Modal>
    </Paper>
  );
}
