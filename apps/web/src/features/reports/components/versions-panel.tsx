import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { formatDateVi } from '@phoihop/shared/dates';
import { IconDownload, IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/dates';
import { useReportVersions } from '../api/report-versions';

/** The saved versions, newest first: each opens read only and downloads as DOCX. */
export function VersionsPanel(props: {
  year: number;
  /** The version the author is writing on from (null for a reader). */
  baseVersionNo: number | null;
  viewing: number | undefined;
  downloading: number | null;
  onView: (versionNo: number) => void;
  onDownload: (versionNo: number) => void;
}) {
  const { t } = useTranslation();
  const query = useReportVersions(props.year);
  const items = query.data?.items ?? [];
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="report-versions-title">
      <Title order={2} size="h4" mb="sm" id="report-versions-title">
        {t('reports.versions.title')}
      </Title>
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={items.length === 0}
        emptyText={t('reports.versions.empty')}
        onRetry={() => void query.refetch()}
      />
      <Stack gap="md">
        {items.map((v) => (
          <Stack key={v.id} gap={2} data-testid="report-version">
            <Group gap="xs">
              <Text fw={600}>{t('reports.versions.version', { n: v.versionNo })}</Text>
              {v.versionNo === props.baseVersionNo && (
                <Badge size="xs" variant="light">
                  {t('reports.versions.base')}
                </Badge>
              )}
              {props.viewing === v.versionNo && (
                <Badge size="xs" color="gray">
                  {t('reports.versions.viewingBadge')}
                </Badge>
              )}
            </Group>
            <Text size="sm">{t('reports.versions.asOf', { date: formatDateVi(v.asOf) })}</Text>
            <Text size="xs" c="dimmed">
              {t('reports.versions.savedBy', {
                name: v.createdBy.fullName,
                time: formatDateTime(v.createdAt),
              })}
            </Text>
            {v.note && (
              <Text size="sm" fs="italic">
                {v.note}
              </Text>
            )}
            <Group gap="sm">
              {props.viewing !== v.versionNo && (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  leftSection={<IconEye size={14} aria-hidden />}
                  onClick={() => props.onView(v.versionNo)}
                  aria-label={t('reports.versions.viewLabel', { n: v.versionNo })}
                >
                  {t('reports.versions.view')}
                </Button>
              )}
              <Button
                size="compact-sm"
                variant="subtle"
                leftSection={<IconDownload size={14} aria-hidden />}
                loading={props.downloading === v.versionNo}
                onClick={() => props.onDownload(v.versionNo)}
                aria-label={t('reports.versions.downloadLabel', { n: v.versionNo })}
              >
                {t('reports.editor.download')}
              </Button>
            </Group>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
