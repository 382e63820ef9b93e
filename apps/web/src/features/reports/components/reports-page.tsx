import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatDateVi } from '@phoihop/shared/dates';
import { IconDownload, IconFileText, IconSettings } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { hasPermission, useCurrentMe } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/dates';
import { useMutation } from '@tanstack/react-query';
import { useAnnualReportYears } from '../api/annual-reports';
import { downloadReportDocx } from '../api/download-report';

/** /reports: what the annual report is, and each year with its plan and newest saved version. */
export function ReportsPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const canConfigure = hasPermission(me, 'report:configure');
  const canEdit = hasPermission(me, 'report:edit');
  const query = useAnnualReportYears();
  const items = query.data?.items ?? [];
  const download = useMutation({
    mutationFn: (v: { year: number; versionNo: number }) => downloadReportDocx(v.year, v.versionNo),
    onSuccess: (fileName) =>
      notifications.show({ color: 'teal', message: t('reports.download.done', { fileName }) }),
  });
  return (
    <>
      <PageHeader
        title={t('reports.title')}
        description={t('reports.description')}
        actions={
          canConfigure && (
            <Button
              variant="default"
              leftSection={<IconSettings size={18} aria-hidden />}
              renderRoot={(rootProps) => (
                <Link {...rootProps} to={paths.adminSettings} search={{ tab: 'report' }} />
              )}
            >
              {t('reports.list.settings')}
            </Button>
          )
        }
      />
      <Stack gap="md">
        <Text maw={820}>{t('reports.list.explain')}</Text>
        <QueryState
          isPending={query.isPending}
          error={query.error}
          isEmpty={items.length === 0}
          emptyText={t('reports.list.empty')}
          onRetry={() => void query.refetch()}
        />
        {items.map((item) => {
          const latest = item.latestVersion;
          return (
            <Card key={item.year} withBorder padding="md" data-testid="report-year">
              <Group justify="space-between" align="flex-start" gap="sm">
                <Stack gap={4}>
                  <Title order={2} size="h3">
                    {t('reports.list.year', { year: item.year })}
                  </Title>
                  <Text size="sm">
                    {item.plan
                      ? t('reports.list.plan', { title: item.plan.title })
                      : t('reports.list.noPlan')}
                  </Text>
                  <Text size="sm" c={latest ? undefined : 'dimmed'}>
                    {latest
                      ? t('reports.list.latest', {
                          n: latest.versionNo,
                          date: formatDateVi(latest.asOf),
                          name: latest.createdBy.fullName,
                          time: formatDateTime(latest.createdAt),
                        })
                      : t('reports.list.noVersion')}
                  </Text>
                </Stack>
                <Group gap="sm">
                  {latest && (
                    <Button
                      variant="default"
                      leftSection={<IconDownload size={18} aria-hidden />}
                      loading={
                        download.isPending &&
                        download.variables.year === item.year &&
                        download.variables.versionNo === latest.versionNo
                      }
                      onClick={() =>
                        download.mutate({ year: item.year, versionNo: latest.versionNo })
                      }
                      aria-label={t('reports.list.downloadLabel', {
                        year: item.year,
                        n: latest.versionNo,
                      })}
                    >
                      {t('reports.editor.download')}
                    </Button>
                  )}
                  <Button
                    leftSection={<IconFileText size={18} aria-hidden />}
                    renderRoot={(rootProps) => (
                      <Link
                        {...rootProps}
                        to={paths.annualReport}
                        params={{ year: String(item.year) }}
                      />
                    )}
                  >
                    {t(
                      // The words say what the button does for this person and this year.
                      !canEdit
                        ? 'reports.list.view'
                        : latest
                          ? 'reports.list.continue'
                          : 'reports.list.open',
                      { year: item.year },
                    )}
                  </Button>
                </Group>
              </Group>
            </Card>
          );
        })}
      </Stack>
    </>
  );
}
