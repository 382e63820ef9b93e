import { SimpleGrid } from '@mantine/core';
import type { Overview } from '@phoihop/shared/dashboard';
import { useTranslation } from 'react-i18next';
import { FigureTile } from './figure-tile';
import { SectionCard } from './section-card';

const grid = { base: 2, sm: 3, md: 2, xl: 3 };

export function MediationCard(props: { mediation: Overview['mediation']; year: number }) {
  const { t } = useTranslation();
  const { mediation } = props;
  return (
    <SectionCard id="mediation" title={t('dashboard.mediation.title', { year: props.year })}>
      <SimpleGrid cols={grid} spacing="md" verticalSpacing="sm">
        <FigureTile label={t('dashboard.mediation.teams')} count={mediation.teams} />
        <FigureTile label={t('dashboard.mediation.mediators')} count={mediation.mediators} />
        <FigureTile label={t('dashboard.mediation.cases')} count={mediation.cases} />
        <FigureTile label={t('dashboard.mediation.successful')} count={mediation.successful} />
        <FigureTile label={t('dashboard.mediation.inProgress')} count={mediation.inProgress} />
        <FigureTile label={t('dashboard.mediation.successRate')} count={mediation.successRate} />
      </SimpleGrid>
    </SectionCard>
  );
}

export function SupervisionCard(props: { supervision: Overview['supervision']; year: number }) {
  const { t } = useTranslation();
  const { supervision } = props;
  return (
    <SectionCard id="supervision" title={t('dashboard.supervision.title', { year: props.year })}>
      <SimpleGrid cols={grid} spacing="md" verticalSpacing="sm">
        <FigureTile
          label={t('dashboard.supervision.supervisions')}
          count={supervision.supervisions}
        />
        <FigureTile
          label={t('dashboard.supervision.recommendations')}
          count={supervision.recommendations}
        />
        <FigureTile label={t('dashboard.supervision.answered')} count={supervision.answered} />
        <FigureTile label={t('dashboard.supervision.overdue')} count={supervision.overdue} alert />
        <FigureTile label={t('dashboard.supervision.answerRate')} count={supervision.answerRate} />
      </SimpleGrid>
    </SectionCard>
  );
}

export function VoterPetitionsCard(props: { voter: Overview['voterPetitions']; year: number }) {
  const { t } = useTranslation();
  const { voter } = props;
  return (
    <SectionCard id="voter" title={t('dashboard.voter.title', { year: props.year })}>
      <SimpleGrid cols={grid} spacing="md" verticalSpacing="sm">
        <FigureTile label={t('dashboard.voter.petitions')} count={voter.petitions} />
        <FigureTile label={t('dashboard.voter.answered')} count={voter.answered} />
        <FigureTile label={t('dashboard.voter.overdue')} count={voter.overdue} alert />
      </SimpleGrid>
    </SectionCard>
  );
}
