import { Select, SimpleGrid } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT } from '../../../lib/dates';
import type { Period } from '../api/get-statistics';

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
      <DatePickerInput
        label={t('mediation.period.from')}
        valueFormat={DATE_FORMAT}
        value={period.from}
        onChange={(from) => from && props.onChange({ ...period, from })}
      />
      <DatePickerInput
        label={t('mediation.period.to')}
        valueFormat={DATE_FORMAT}
        value={period.to}
        onChange={(to) => to && props.onChange({ ...period, to })}
      />
    </SimpleGrid>
  );
}
