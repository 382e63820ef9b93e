import { Anchor } from '@mantine/core';
import type { ExportJob } from '@phoihop/shared/exports';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { exportFileUrl } from '../api/get-export';

/** The finished file, to save (again). */
export function ExportFileLink({ job }: { job: ExportJob }) {
  const { t } = useTranslation();
  return (
    <Anchor
      href={exportFileUrl(job.id)}
      download={job.fileName ?? true}
      size="sm"
      display="inline-flex"
      style={{ alignItems: 'center', gap: 4 }}
    >
      <IconDownload size={14} aria-hidden />
      {job.fileName ? t('exports.downloadNamed', { name: job.fileName }) : t('exports.download')}
    </Anchor>
  );
}
