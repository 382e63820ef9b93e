import { Button, Group, Modal, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT } from '../../../lib/dates';
import { useDownloadBook, type BookPeriod, type DownloadProgress } from '../api/download-book';

/** Chooses a period and downloads the reception book for it, showing progress meanwhile. */
export function BookExportModal(props: { initial: BookPeriod; onClose: () => void }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(props.initial);
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const download = useDownloadBook(setProgress);
  const badPeriod = !period.from || !period.to || period.from > period.to;
  const percent = progress?.total
    ? Math.min(100, Math.round((progress.received / progress.total) * 100))
    : null;
  const start = () => {
    setProgress({ received: 0, total: null });
    download.mutate(period, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('reception.book.done') });
        props.onClose();
      },
      onSettled: () => setProgress(null),
    });
  };
  return (
    <Modal opened onClose={props.onClose} title={t('reception.book.title')}>
      <Stack>
        <Text size="sm">{t('reception.book.intro')}</Text>
        <SimpleGrid cols={2}>
          <DatePickerInput
            label={t('reception.book.from')}
            required
            valueFormat={DATE_FORMAT}
            value={period.from || null}
            onChange={(from) => setPeriod({ ...period, from: from ?? '' })}
          />
          <DatePickerInput
            label={t('reception.book.to')}
            required
            valueFormat={DATE_FORMAT}
            value={period.to || null}
            onChange={(to) => setPeriod({ ...period, to: to ?? '' })}
            error={
              period.from && period.to && badPeriod ? t('reception.book.badPeriod') : undefined
            }
          />
        </SimpleGrid>
        {download.isPending && (
          <Stack gap={4} role="status" aria-live="polite">
            <Text size="sm">
              {t('reception.book.downloading')}
              {percent !== null ? ` ${percent}%` : ''}
            </Text>
            <Progress
              value={percent ?? 100}
              animated={percent === null}
              striped={percent === null}
              aria-label={t('reception.book.downloading')}
            />
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={start} disabled={badPeriod} loading={download.isPending}>
            {t('reception.book.download')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
