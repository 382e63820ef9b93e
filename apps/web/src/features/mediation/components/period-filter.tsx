import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Period } from '../api/get-statistics';
import { DateField } from '../../../components/ui/date-field';

const yearOf = (period: Period) =>
  period.from.endsWith('-01-01') && period.to === `${period.from.slice(0, 4)}-12-31`
    ? period.from.slice(0, 4)
    : null;

/** A whole year in one pick, or any dates. */
export function PeriodFilter(props: { period: Period; onChange: (period: Period) => void }) {
  const { t } = useTranslation();
  const { period } = props;
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }}>
      <Select
        label={t('mediation.period.year')}
        placeholder="—"
        data={years}
        value={yearOf(period)}
        onChange={(year) => year && props.onChange({ from: `${year}-01-01`, to: `${year}-12-31` })}
      />
      <DateField
        label={t('mediation.period.from')}
        value={period.from}
        onChange={(from) => from && props.onChange({ ...period, from })}
      />
      <DateField
        label={t('mediation.period.to')}
        value={period.to}
        onChange={(to) => to && props.onChange({ ...period, to })}
      />
    </SimpleGrid>
  );
}
