import { Group, Stack, Text } from '@mantine/core';
import type { Case } from '@phoihop/shared/cases';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { CaseLink, SessionLink } from './case-link';
import { Section } from './section';

const caseLink = (ref: { id: string; number: string }) => (
  <CaseLink key={ref.id} caseId={ref.id} size="sm">
    {ref.number}
  </CaseLink>
);

/** The first case of a second complaint, duplicates, and the reception visits it came from. */
export function CaseLinks({ kase }: { kase: Case }) {
  const { t } = useTranslation();
  const empty =
    !kase.relatedCase &&
    !kase.duplicateOf &&
    kase.duplicates.length === 0 &&
    kase.receptionVisits.length === 0;
  if (empty) return null;
  return (
    <Section id="case-links" title={t('cases.detail.links')}>
      <Stack gap={6}>
        {kase.relatedCase && (
          <Text size="sm">
            {t(`cases.relations.${kase.relation ?? 'SECOND_INSTANCE'}`)}:{' '}
            {caseLink(kase.relatedCase)}
          </Text>
        )}
        {kase.duplicateOf && (
          <Text size="sm">
            {t('cases.detail.duplicateOf')}: {caseLink(kase.duplicateOf)}
          </Text>
        )}
        {kase.duplicates.length > 0 && (
          <Group gap={6}>
            <Text size="sm">{t('cases.detail.duplicates')}:</Text>
            {kase.duplicates.map(caseLink)}
          </Group>
        )}
        {kase.receptionVisits.map((visit) => (
          <Text key={visit.id} size="sm">
            {t('cases.detail.receptionVisit')}:{' '}
            <SessionLink sessionId={visit.sessionId} size="sm">
              {formatDate(visit.heldOn)}
            </SessionLink>
          </Text>
        ))}
      </Stack>
    </Section>
  );
}
