import { SimpleGrid } from '@mantine/core';
import type { Overview } from '@phoihop/shared/dashboard';
import { useTranslation } from 'react-i18next';
import { FigureTile } from './figure-tile';
import { SectionCard } from './section-card';

const grid = { base: 2, sm: 3, md: 2, xl: 3 };

export function MediationCard({ mediation }: { mediation: Overview['mediation'] }) {
  const { t } = useTranslation();
  return (
    <SectionCard id="mediation" title={t('dashboard.mediation.title')}>
      <SimpleGrid cols={grid} spacing="md" verticalSpacing="sm">
        <FigureTile label={t('dashboard.mediation.teams')} count={mediation.teams} />
        <FigureTile label={t('dashboard.mediation.mediators')} count={mediation.mediators} />
        <FigureTile label={t('dashboard.mediation.cases')} count={mediation.cases} />
        <FigureTile label={t('dashboard.mediation.successful')} count={mediation.successful} />
        <FigureTile
          label={t('dashboard.mediation.successRate')}
          count={mediation.successRate}
          percent
        />
      </SimpleGrid>
    </SectionCard>
  );
}

export function SupervisionCard({ supervision }: { supervision: Overview['supervision'] }) {
  const { t } = useTranslation();
  return (
    <SectionCard id="supervision" title={t('dashboard.supervision.title')}>
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
        <FigureTile
          label={t('dashboard.supervision.answerRate')}
          count={supervision.answerRate}
          percent
        />
      </SimpleGrid>
    </SectionCard>
  );
}

export function VoterPetitionsCard({ voter }: { voter: Overview['voterPetitions'] }) {
  const { t } = useTranslation();
  return (
    <SectionCard id="voter" title={t('dashboard.voter.title')}>
      <SimpleGrid cols={grid} spacing="md" verticalSpacing="sm">
        <FigureTile label={t('dashboard.voter.petitions')} count={voter.petitions} />
        <FigureTile label={t('dashboard.voter.answered')} count={voter.answered} />
        <FigureTile label={t('dashboard.voter.overdue')} count={voter.overdue} alert />
      </SimpleGrid>
    </SectionCard>
  );
}
