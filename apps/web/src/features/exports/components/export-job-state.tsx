import { Text } from '@mantine/core';
import type { ExportJob } from '@phoihop/shared/exports';
import { useTranslation } from 'react-i18next';
import { isExportRunning } from '../api/get-export';
import { ExportFileLink } from './export-file-link';
import { ExportProgress } from './export-progress';

/**
 * Where a job stands, as its notice and the recent files both say it: the rows written while it
 * runs (with `runningHint` under them), the file once done, the reason when it failed.
 */
export function ExportJobState(props: { job: ExportJob; runningHint?: string }) {
  const { t } = useTranslation();
  const { job } = props;
  if (isExportRunning(job)) {
    return (
      <>
        <ExportProgress job={job} />
        {props.runningHint && (
          <Text size="xs" c="dimmed">
            {props.runningHint}
          </Text>
        )}
      </>
    );
  }
  if (job.status === 'DONE') return <ExportFileLink job={job} />;
  return (
    <Text size="sm" c="red">
      {job.error ?? t('exports.failed')}
    </Text>
  );
}
