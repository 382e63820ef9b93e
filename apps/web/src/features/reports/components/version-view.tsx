import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { formatDateVi } from '@phoihop/shared/dates';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryFallback } from '../../../components/ui/query-state';
import { useReportVersion } from '../api/report-versions';
import { useCurrentMe } from '../../../lib/auth';
import { FigureWordsProvider } from './figure-words';
import { ReportDocument } from './report-document';

/** A saved version, read only, with the figures as they were when it was saved. */
export function VersionView(props: {
  year: number;
  versionNo: number;
  downloading: boolean;
  onDownload: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const query = useReportVersion(props.year, props.versionNo);
  const version = query.data;
  if (!version) {
    return <QueryFallback query={query} />;
  }
  return (
    <Stack gap="md">
      <Alert color="gray" variant="light" data-testid="version-banner">
        <Stack gap="xs">
          <Text size="sm">
            {t('reports.versions.viewing', {
              n: version.versionNo,
              date: formatDateVi(version.asOf),
              name: version.createdBy.fullName,
            })}
          </Text>
          {version.note && (
            <Text size="sm" fs="italic">
              {version.note}
            </Text>
          )}
          <Group gap="sm">
            <Button
              size="xs"
              leftSection={<IconDownload size={16} aria-hidden />}
              loading={props.downloading}
              onClick={props.onDownload}
            >
              {t('reports.editor.download')}
            </Button>
            <Anchor component="button" type="button" size="sm" onClick={props.onBack}>
              {t('reports.versions.backToEditor')}
            </Anchor>
          </Group>
        </Stack>
      </Alert>
      {/* The figures' words speak of the version's own date. */}
      <FigureWordsProvider year={props.year} asOf={version.asOf} unitName={me.unit.name}>
        <ReportDocument
          header={version.header}
          content={version.content}
          figures={version.figures}
        />
      </FigureWordsProvider>
    </Stack>
  );
}
