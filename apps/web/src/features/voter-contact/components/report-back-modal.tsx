import { Checkbox, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { VoterMeetingDetail } from '@phoihop/shared/voter-contact';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/ui/form-actions';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate } from '../../../lib/dates';
import { flattenPages } from '../../../lib/pagination';
import { usePetitions } from '../api/list-petitions';
import { useReportBack } from '../api/report-back';
import { addresseeLabel } from './voter-badges';
import { FormError } from '../../../components/ui/form-error';

/** Answered petitions of earlier meetings, chosen to be reported back to voters at this one. */
export function ReportBackModal(props: { meeting: VoterMeetingDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { meeting } = props;
  const query = usePetitions({ status: 'ANSWERED' });
  const candidates = flattenPages(query.data).filter(
    (p) => p.meeting.id !== meeting.id && p.meeting.heldOn <= meeting.heldOn,
  );
  const [chosen, setChosen] = useState<string[]>([]);
  const [problem, setProblem] = useState<unknown>(null);
  const report = useReportBack();
  const submit = () => {
    setProblem(null);
    if (chosen.length === 0) {
      setProblem(new Error(t('voterContact.reportBack.none')));
      return;
    }
    report.mutate(
      { meetingId: meeting.id, body: { petitionIds: chosen } },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('voterContact.reportBack.done', { count: chosen.length }),
          });
          props.onClose();
        },
        onError: setProblem,
      },
    );
  };
  return (
    <Modal opened onClose={props.onClose} size="lg" title={t('voterContact.reportBack.title')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {t('voterContact.reportBack.help')}
          </Text>
          <QueryState
            isPending={query.isPending}
            error={query.error}
            isEmpty={candidates.length === 0}
            emptyText={t('voterContact.reportBack.empty')}
            onRetry={() => void query.refetch()}
          />
          <Checkbox.Group value={chosen} onChange={setChosen}>
            <Stack gap="xs">
              {candidates.map((p) => (
                <Checkbox
                  key={p.id}
                  value={p.id}
                  aria-label={t('voterContact.reportBack.choose', {
                    ordinal: p.ordinal,
                    date: formatDate(p.meeting.heldOn),
                  })}
                  label={
                    <Stack gap={0}>
                      <Text size="sm">
                        {formatDate(p.meeting.heldOn)} · {p.ordinal}. {p.content}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {addresseeLabel(p)}: {p.answer?.text}
                      </Text>
                    </Stack>
                  }
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <LoadMore
            hasMore={query.hasNextPage}
            loading={query.isFetchingNextPage}
            onLoadMore={() => void query.fetchNextPage()}
          />
          <FormError error={problem} />
          <FormActions
            onCancel={props.onClose}
            saving={report.isPending}
            submitLabel={t('voterContact.reportBack.submit')}
          />
        </Stack>
      </form>
    </Modal>
  );
}
