import { Button, Select, SimpleGrid, Stack } from '@mantine/core';
import { todayInVietnam } from '@phoihop/shared/dates';
import { receptionKinds, type ReceptionSession } from '@phoihop/shared/reception';
import { IconFileSpreadsheet, IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeader } from '../../../components/ui/page-header';
import { PrintButton } from '../../../components/ui/print-button';
import { QueryState } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { hasPermission, useCurrentMe } from '../../../lib/auth';
import { flattenPages } from '../../../lib/pagination';
import { useSessions } from '../api/list-sessions';
import type { ReceptionSearch } from '../search-params';
import { BookExportModal } from './book-export-modal';
import { ComplianceCard } from './compliance-card';
import { SessionFormModal } from './session-form-modal';
import { SessionList } from './session-list';
import { DateField } from '../../../components/ui/date-field';

/** /reception: the duty check, the sessions (filters in the URL) and the reception book. */
export function ReceptionPage(props: {
  search: ReceptionSearch;
  onSearchChange: (patch: Partial<ReceptionSearch>) => void;
}) {
  const { t } = useTranslation();
  const { search, onSearchChange } = props;
  const navigate = useNavigate();
  const canManage = hasPermission(useCurrentMe(), 'reception:manage');
  const [dialog, setDialog] = useState<'create' | 'book' | null>(null);
  const query = useSessions({ from: search.from, to: search.to, kind: search.kind });
  const sessions = flattenPages(query.data);
  const today = todayInVietnam();
  const year = search.year ?? Number(today.slice(0, 4));
  const filtered =
    search.from !== undefined || search.to !== undefined || search.kind !== undefined;
  const opened = (session: ReceptionSession) =>
    void navigate({ to: paths.receptionSession, params: { sessionId: session.id } });
  return (
    <>
      <PageHeader
        title={t('reception.title')}
        description={t('reception.description')}
        actions={
          <>
            {canManage && (
              <Button
                leftSection={<IconPlus size={18} aria-hidden />}
                onClick={() => setDialog('create')}
              >
                {t('reception.session.create')}
              </Button>
            )}
            <Button
              variant="default"
              leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
              onClick={() => setDialog('book')}
            >
              {t('reception.book.open')}
            </Button>
            <PrintButton />
          </>
        }
      />
      <ComplianceCard year={year} onYearChange={(y) => onSearchChange({ year: y })} />
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <DateField
            label={t('reception.list.from')}
            clearable
            value={search.from ?? null}
            onChange={(v) => onSearchChange({ from: v ?? undefined })}
          />
          <DateField
            label={t('reception.list.to')}
            clearable
            value={search.to ?? null}
            onChange={(v) => onSearchChange({ to: v ?? undefined })}
          />
          <Select
            label={t('reception.list.kind')}
            placeholder={t('common.all')}
            clearable
            data={receptionKinds.map((k) => ({ value: k, label: t(`reception.kinds.${k}`) }))}
            value={search.kind ?? null}
            onChange={(v) => onSearchChange({ kind: (v as ReceptionSearch['kind']) ?? undefined })}
          />
        </SimpleGrid>
        <QueryState
          isPending={query.isPending}
          error={query.error}
          isEmpty={sessions.length === 0}
          emptyText={filtered ? t('common.noResults') : t('reception.list.empty')}
          onRetry={() => void query.refetch()}
        />
        {sessions.length > 0 && <SessionList sessions={sessions} />}
        <LoadMore
          hasMore={query.hasNextPage}
          loading={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
        />
      </Stack>
      {dialog === 'create' && <SessionFormModal onClose={() => setDialog(null)} onSaved={opened} />}
      {dialog === 'book' && (
        <BookExportModal
          initial={{
            from: search.from ?? `${year}-01-01`,
            to: search.to ?? (today < `${year}-12-31` ? today : `${year}-12-31`),
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
