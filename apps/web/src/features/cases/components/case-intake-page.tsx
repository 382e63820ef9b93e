import { Alert, Anchor } from '@mantine/core';
import type { Me } from '@phoihop/shared/auth';
import type { ReceptionVisit } from '@phoihop/shared/reception';
import type { Suggestion, SuggestionField } from '@phoihop/shared/suggestions';
import type { CaseField } from '@phoihop/shared/cases';
import { todayInVietnam } from '@phoihop/shared/dates';
import { Link } from '@tanstack/react-router';
import type { DefaultValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { hasPermission, useCurrentMe } from '../../../lib/auth';
import { useClockSettings } from '../api/get-clock-settings';
import { useReceptionVisit } from '../api/get-reception-visit';
import { useSuggestion } from '../api/get-suggestion';
import {
  useOrganisationOptions,
  type OrganisationOption,
} from '../../organisations/api/list-organisation-options';
import { emptyPetitioner, type CaseFormValues } from '../case-form-schema';
import { CaseIntakeForm } from './case-intake-form';

/**
 * Staff outside the People's Committee register what their organisation forwards: the channel
 * and source are theirs, fixed (the Front's own channel for a Front officer).
 */
function forwardingOf(me: Me, organisations: OrganisationOption[]) {
  if (hasPermission(me, 'case:process') || !me.organisation) return null;
  const kind = organisations.find((o) => o.value === me.organisation?.id)?.kind;
  return {
    channel:
      kind === 'FATHERLAND_FRONT'
        ? ('FRONT_FORWARDED' as const)
        : ('ORGANISATION_FORWARDED' as const),
    sourceOrganisationId: me.organisation.id,
  };
}

function defaultsOf(
  today: string,
  forwarding: ReturnType<typeof forwardingOf>,
  visit: ReceptionVisit | undefined,
): DefaultValues<CaseFormValues> {
  const base: DefaultValues<CaseFormValues> = {
    receivedOn: today,
    channel: forwarding?.channel ?? 'DIRECT',
    sourceOrganisationId: forwarding?.sourceOrganisationId ?? null,
    sourceReference: '',
    kind: null,
    summary: '',
    subject: '',
    location: '',
    petitioners: [{ ...emptyPetitioner }],
    anonymous: false,
    severalLocations: false,
    relation: null,
    relatedCaseId: null,
    attachments: [],
    receptionVisitId: null,
  };
  if (!visit) return base;
  return {
    ...base,
    receivedOn: visit.heldOn,
    channel: forwarding?.channel ?? 'RECEPTION',
    kind: visit.kind,
    ...(visit.field ? { field: visit.field } : {}),
    summary: visit.content,
    ...(visit.groupSize > 1 ? { peopleCount: visit.groupSize } : {}),
    // A masked visit (a denouncer) leaves the sender to be written in with the case.
    petitioners: visit.masked
      ? [{ ...emptyPetitioner }]
      : [
          {
            fullName: visit.citizenName ?? '',
            address: visit.address ?? '',
            idNumber: visit.idNumber ?? '',
            phone: visit.phone ?? '',
            representative: !!visit.representative,
          },
        ],
    receptionVisitId: visit.id,
  };
}

/** The nearest letter field for a suggestion's field; the officer may correct it. */
const caseFieldOf: Record<SuggestionField, CaseField> = {
  PARTY_BUILDING: 'OTHER',
  GOVERNMENT: 'ADMINISTRATION',
  OFFICIALS: 'ADMINISTRATION',
  PUBLIC_SERVICES: 'ADMINISTRATION',
  SOCIO_ECONOMIC: 'OTHER',
  OTHER: 'OTHER',
};

/**
 * A suggestion-box letter keeps its channel. A named author becomes the sender; an anonymous
 * suggestion (unsigned, or its author asked not to be named) is an anonymous letter: the API
 * refuses to name the author on a case everyone following cases reads.
 */
function fromSuggestion(
  base: DefaultValues<CaseFormValues>,
  suggestion: Suggestion,
): DefaultValues<CaseFormValues> {
  const author = suggestion.author;
  return {
    ...base,
    receivedOn: suggestion.opening.openedOn,
    channel: 'SUGGESTION_BOX',
    sourceOrganisationId: null,
    field: caseFieldOf[suggestion.field],
    summary: suggestion.summary,
    anonymous: suggestion.anonymous,
    petitioners: suggestion.anonymous
      ? []
      : author?.name
        ? [
            {
              ...emptyPetitioner,
              fullName: author.name,
              address: author.address ?? '',
              phone: author.phone ?? '',
            },
          ]
        : [{ ...emptyPetitioner }],
    suggestionId: suggestion.id,
  };
}

export function CaseIntakePage(props: {
  visitId: string | undefined;
  suggestionId?: string | undefined;
  onCreated: (caseId: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const settings = useClockSettings();
  const organisations = useOrganisationOptions();
  const visit = useReceptionVisit(props.visitId);
  const suggestion = useSuggestion(props.suggestionId);
  const header = (
    <>
      <Anchor component={Link} to={paths.cases} size="sm" mb="xs" display="inline-block">
        ← {t('cases.backToList')}
      </Anchor>
      <PageHeader title={t('cases.form.title')} description={t('cases.form.description')} />
    </>
  );
  if (!hasPermission(me, 'case:register')) {
    return (
      <>
        {header}
        <Alert color="yellow">{t('cases.form.notAllowed')}</Alert>
      </>
    );
  }
  // The form starts from the server's today and the organisation's kind (a fixed channel).
  const waiting =
    organisations.isPending ||
    settings.isPending ||
    (!!props.visitId && visit.isPending) ||
    (!!props.suggestionId && suggestion.isPending);
  const failed = visit.error ?? suggestion.error;
  if (waiting || failed) {
    return (
      <>
        {header}
        <QueryState
          isPending={waiting}
          error={failed}
          isEmpty={false}
          emptyText=""
          onRetry={() => void (visit.error ? visit.refetch() : suggestion.refetch())}
        />
      </>
    );
  }
  // Only the Front turns a suggestion into a letter, once: say so instead of a form the API refuses.
  const fromSuggestionRefused = suggestion.data
    ? suggestion.data.case
      ? 'linked'
      : hasPermission(me, 'suggestion:manage')
        ? null
        : 'notAllowed'
    : null;
  if (suggestion.data && fromSuggestionRefused) {
    const linked = suggestion.data.case;
    return (
      <>
        {header}
        <Alert color="yellow">
          {linked ? (
            <>
              {t('suggestions.toCase.alreadyLinked')}{' '}
              <Anchor
                renderRoot={(rootProps) => (
                  <Link {...rootProps} to={paths.case} params={{ caseId: linked.id }} />
                )}
              >
                {t('suggestions.toCase.openCase', { number: linked.number })}
              </Anchor>
            </>
          ) : (
            t('suggestions.toCase.notAllowed')
          )}
        </Alert>
      </>
    );
  }
  const forwarding = forwardingOf(me, organisations.data ?? []);
  const today = settings.data?.today ?? todayInVietnam();
  return (
    <>
      {header}
      {visit.data && (
        <Alert color="blue" variant="light" mb="md">
          {t('cases.form.fromVisit', { date: formatDate(visit.data.heldOn) })}
        </Alert>
      )}
      {suggestion.data && (
        <Alert color="blue" variant="light" mb="md">
          {t('suggestions.toCase.prefilled', {
            box: suggestion.data.box.name,
            date: formatDate(suggestion.data.opening.openedOn),
          })}
        </Alert>
      )}
      <CaseIntakeForm
        defaults={
          suggestion.data
            ? fromSuggestion(defaultsOf(today, forwarding, undefined), suggestion.data)
            : defaultsOf(today, forwarding, visit.data)
        }
        fixedChannel={!!forwarding || !!suggestion.data}
        organisations={organisations.data ?? []}
        settings={settings.data}
        onCreated={props.onCreated}
        onCancel={props.onCancel}
      />
    </>
  );
}
