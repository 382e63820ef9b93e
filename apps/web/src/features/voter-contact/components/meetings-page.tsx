import { Button, Select, SimpleGrid, Stack } from '@mantine/core';
import { todayInVietnam } from '@phoihop/shared/dates';
import { voterMeetingKinds, type VoterMeetingDetail } from '@phoihop/shared/voter-contact';
import { IconList, IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { SearchInput } from '../../../components/ui/search-input';
import { paths } from '../../../config/paths';
import { hasPermission, useCurrentMe } from '../../../lib/auth';
import { flattenPages } from '../../../lib/pagination';
import { useMeetings } from '../api/list-meetings';
import type { MeetingsSearch } from '../search-params';
import { MeetingFormModal } from './meeting-form-modal';
import { MeetingList } from './meeting-list';

/** /voter-contact: the meetings, newest first, with their filters in the URL. */
export function MeetingsPage(props: {
  search: MeetingsSearch;
  onSearchChange: (patch: Partial<MeetingsSearch>) => void;
}) {
  const { t } = useTranslation();
  const { search, onSearchChange } = props;
  const navigate = useNavigate();
  const canManage = hasPermission(useCurrentMe(), 'voter-contact:manage');
  const [creating, setCreating] = useState(false);
  const query = useMeetings({ q: search.q, kind: search.kind, year: search.year });
  const meetings = flattenPages(query.data);
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear + 1 - i));
  const filtered = search.q !== undefined || search.kind !== undefined || search.year !== undefined;
  const opened = (meeting: VoterMeetingDetail) =>
    void navigate({ to: paths.voterMeeting, params: { meetingId: meeting.id } });
  return (
    <>
      <PageHeader
        title={t('voterContact.title')}
        description={t('voterContact.description')}
        actions={
          <>
            {canManage && (
              <Button
                leftSection={<IconPlus size={18} aria-hidden />}
                onClick={() => setCreating(true)}
              >
                {t('voterContact.meetings.create')}
              </Button>
            )}
            <Button
              variant="default"
              leftSection={<IconList size={18} aria-hidden />}
              renderRoot={(rootProps) => <Link {...rootProps} to={paths.voterPetitions} />}
            >
              {t('voterContact.meetings.allPetitions')}
            </Button>
          </>
        }
      />
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <SearchInput value={search.q} onChange={(q) => onSearchChange({ q })} />
          <Select
            label={t('voterContact.meetings.kind')}
            placeholder={t('common.all')}
            clearable
            data={voterMeetingKinds.map((k) => ({ value: k, label: t(`voterContact.kinds.${k}`) }))}
            value={search.kind ?? null}
            onChange={(v) => onSearchChange({ kind: (v as MeetingsSearch['kind']) ?? undefined })}
          />
          <Select
            label={t('voterContact.meetings.year')}
            placeholder={t('common.all')}
            clearable
            data={years}
            value={search.year ? String(search.year) : null}
            onChange={(v) => onSearchChange({ year: v ? Number(v) : undefined })}
          />
        </SimpleGrid>
        <QueryState
          isPending={query.isPending}
          error={query.error}
          isEmpty={meetings.length === 0}
          emptyText={filtered ? t('common.noResults') : t('voterContact.meetings.empty')}
          onRetry={() => void query.refetch()}
        />
        {meetings.length > 0 && <MeetingList meetings={meetings} />}
        <LoadMore
          hasMore={query.hasNextPage}
          loading={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
        />
      </Stack>
      {creating && <MeetingFormModal onClose={() => setCreating(false)} onSaved={opened} />}
    </>
  );
}
