import { Anchor, Center, Loader, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { useAnnualDraft } from '../api/annual-reports';
import { useReportVersion } from '../api/report-versions';
import type { AnnualReportSearch } from '../search-params';
import { ReportEditor } from './report-editor';

/**
 * /reports/annual/$year: the year's report, generated from the records and, once saved, taken
 * up from its newest version. The report's date sits in the URL.
 */
export function AnnualReportPage(props: {
  year: number;
  search: AnnualReportSearch;
  onSearchChange: (patch: Partial<AnnualReportSearch>) => void;
}) {
  const { t } = useTranslation();
  const { year, search, onSearchChange } = props;
  // The date the page opened at; a later date only recomputes the figures, not the text.
  const [openedAt] = useState(search.asOf);
  const draft = useAnnualDraft(year, openedAt);
  const latestNo = draft.data?.latestVersionNo ?? null;
  const latest = useReportVersion(year, latestNo);
  const draftAsOf = draft.data?.asOf;
  useEffect(() => {
    // The API chose the date: the URL says which, so a reload or a shared link shows the same.
    if (!search.asOf && draftAsOf) onSearchChange({ asOf: draftAsOf });
  }, [search.asOf, draftAsOf, onSearchChange]);

  const loading = draft.isPending || (latestNo !== null && latest.isPending);
  const error = draft.error ?? (latestNo !== null ? latest.error : null);
  return (
    <>
      <Anchor component={Link} to={paths.reports} size="sm" mb="xs" display="inline-flex">
        <IconArrowLeft size={16} aria-hidden style={{ marginRight: 4 }} />
        {t('reports.editor.back')}
      </Anchor>
      <PageHeader
        title={t('reports.editor.title', { year })}
        description={t('reports.editor.description', { year, next: year + 1 })}
      />
      {loading ? (
        <Center py="xl">
          <Stack align="center" gap="xs" role="status">
            <Loader />
            <Text size="sm">{t('reports.editor.generating')}</Text>
          </Stack>
        </Center>
      ) : error || !draft.data ? (
        <QueryState
          isPending={false}
          error={error}
          isEmpty={false}
          emptyText=""
          onRetry={() => void draft.refetch()}
        />
      ) : (
        <ReportEditor
          year={year}
          draft={draft.data}
          latest={latestNo !== null ? (latest.data ?? null) : null}
          search={search}
          onSearchChange={onSearchChange}
        />
      )}
    </>
  );
}
