import { Anchor, Checkbox, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import {
  petitionFields,
  petitionStatuses,
  type VoterPetition,
} from '@phoihop/shared/voter-contact';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { SearchInput } from '../../../components/ui/search-input';
import { paths } from '../../../config/paths';
import { flattenPages, listTotalOf } from '../../../lib/pagination';
import { ListTotal } from '../../../components/ui/list-total';
import { yearOptions } from '../../supervision/components/supervisions-page';
import { ExportMenu } from '../../exports/components/export-menu';
import { useOrganisationOptions } from '../../organisations/api/list-organisation-options';
import { usePetitions } from '../api/list-petitions';
import type { PetitionsSearch } from '../search-params';
import { AnswerPetitionModal } from './answer-petition-modal';
import { PetitionList } from './petition-list';
import { SendPetitionModal } from './send-petition-modal';

type Dialog = { kind: 'send' | 'answer'; petition: VoterPetition };

/** /voter-contact/petitions: every meeting's petitions, with their filters in the URL. */
export function PetitionsPage(props: {
  search: PetitionsSearch;
  onSearchChange: (patch: Partial<PetitionsSearch>) => void;
}) {
  const { t } = useTranslation();
  const { search, onSearchChange } = props;
  const orgs = useOrganisationOptions();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // Open ones by default, so long-answered items do not come first; a chosen status says it all.
  // "Answered only" and "open only" exclude each other: the first one ticked wins.
  const onlyOpen = search.open !== false && !search.status && search.answered !== true;
  const filters = {
    q: search.q,
    status: search.status,
    overdue: search.overdue,
    field: search.field,
    mine: search.mine,
    addresseeOrganisationId: search.addressee,
    open: onlyOpen || undefined,
    year: search.year,
    answered: search.answered,
  };
  const query = usePetitions(filters);
  const petitions = flattenPages(query.data);
  // A dialog follows the petition as refetched (after a conflict it then holds the new version).
  const fresh = (petition: VoterPetition) =>
    petitions.find((p) => p.id === petition.id) ?? petition;
  const filtered = Object.values(search).some((v) => v !== undefined);
  return (
    <>
      <Anchor component={Link} to={paths.voterMeetings} size="sm" mb="sm" display="inline-flex">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('voterContact.meetings.back')}
        </Group>
      </Anchor>
      <PageHeader
        title={t('voterContact.petitions.pageTitle')}
        description={t('voterContact.petitions.pageDescription')}
        actions={<ExportMenu list="voter-petitions" filters={filters} />}
      />
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <SearchInput value={search.q} onChange={(q) => onSearchChange({ q })} />
          <Select
            label={t('voterContact.petitions.status')}
            placeholder={t('common.all')}
            clearable
            data={petitionStatuses.map((s) => ({
              value: s,
              label: t(`voterContact.statuses.${s}`),
            }))}
            value={search.status ?? null}
            onChange={(v) =>
              onSearchChange({ status: (v as PetitionsSearch['status']) ?? undefined })
            }
          />
          <Select
            label={t('voterContact.petitions.field')}
            placeholder={t('common.all')}
            clearable
            data={petitionFields.map((f) => ({ value: f, label: t(`voterContact.fields.${f}`) }))}
            value={search.field ?? null}
            onChange={(v) =>
              onSearchChange({ field: (v as PetitionsSearch['field']) ?? undefined })
            }
          />
          <Select
            label={t('voterContact.petitions.addresseeFilter')}
            placeholder={t('common.all')}
            clearable
            searchable
            data={orgs.data ?? []}
            value={search.addressee ?? null}
            onChange={(v) => onSearchChange({ addressee: v ?? undefined })}
          />
          <Select
            label={t('voterContact.petitions.year')}
            placeholder={t('common.all')}
            clearable
            data={yearOptions()}
            value={search.year ? String(search.year) : null}
            onChange={(v) => onSearchChange({ year: v ? Number(v) : undefined })}
          />
        </SimpleGrid>
        <Group gap="lg">
          <Checkbox
            label={t('voterContact.petitions.openOnly')}
            checked={onlyOpen}
            disabled={search.status !== undefined || search.answered === true}
            onChange={(e) => onSearchChange({ open: e.currentTarget.checked ? undefined : false })}
          />
          <Checkbox
            label={t('voterContact.petitions.answeredOnly')}
            checked={search.answered === true}
            onChange={(e) => onSearchChange({ answered: e.currentTarget.checked || undefined })}
          />
          <Checkbox
            label={t('voterContact.petitions.overdueOnly')}
            checked={search.overdue === true}
            onChange={(e) => onSearchChange({ overdue: e.currentTarget.checked || undefined })}
          />
          <Checkbox
            label={t('voterContact.petitions.mine')}
            checked={search.mine === true}
            onChange={(e) => onSearchChange({ mine: e.currentTarget.checked || undefined })}
          />
        </Group>
        <ListTotal total={listTotalOf(query.data)} />
        <QueryState
          isPending={query.isPending}
          error={query.error}
          isEmpty={petitions.length === 0}
          emptyText={
            filtered
              ? t('common.noResults')
              : onlyOpen
                ? t('voterContact.petitions.emptyOpen')
                : t('voterContact.petitions.emptyAll')
          }
          onRetry={() => void query.refetch()}
        />
        {petitions.length > 0 && (
          <PetitionList
            petitions={petitions}
            showMeeting
            actions={{
              onSend: (petition) => setDialog({ kind: 'send', petition }),
              onAnswer: (petition) => setDialog({ kind: 'answer', petition }),
            }}
          />
        )}
        <LoadMore
          hasMore={query.hasNextPage}
          loading={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
        />
      </Stack>
      {dialog?.kind === 'send' && (
        <SendPetitionModal petition={fresh(dialog.petition)} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'answer' && (
        <AnswerPetitionModal petition={fresh(dialog.petition)} onClose={() => setDialog(null)} />
      )}
    </>
  );
}
