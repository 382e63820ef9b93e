import { Progress, Text } from '@mantine/core';
import type { ExportJob } from '@phoihop/shared/exports';
import { useTranslation } from 'react-i18next';

/** Rows written out of the total, or a moving bar until the total is known. */
export function ExportProgress({ job }: { job: ExportJob }) {
  const { t } = useTranslation();
  const percent = job.total ? Math.min(100, Math.round((job.processed / job.total) * 100)) : null;
  const text =
    job.total === null
      ? t('exports.progressUnknown', { processed: job.processed })
      : t('exports.progress', { processed: job.processed, total: job.total });
  return (
    <>
      <Progress
        value={percent ?? 100}
        // Blue as the notice's bar while it runs: red would read as a failure.
        color="blue"
        animated
        striped={percent === null}
        aria-label={t(`exports.status.${job.status}`)}
        aria-valuetext={text}
        mt={4}
      />
      <Text size="xs" c="dimmed" mt={2}>
        {text}
      </Text>
    </>
  );
}
