import { DateInput, type DateInputProps } from '@mantine/dates';
import { DATE_FORMAT, parseTypedDate } from '../../lib/dates';

export type DateFieldProps = Omit<DateInputProps, 'valueFormat' | 'dateParser' | 'value'> & {
  /** "YYYY-MM-DD"; empty or null when unset. */
  value: string | null | undefined;
};

/**
 * The one date field of the app: shows dd/MM/yyyy, takes a date typed that way (or d/M/yyyy,
 * ddMMyyyy) or picked from the calendar that opens on focus, and gives "YYYY-MM-DD" or null.
 */
export function DateField({ value, ...props }: DateFieldProps) {
  return (
    <DateInput
      placeholder="dd/mm/yyyy"
      {...props}
      value={value || null}
      valueFormat={DATE_FORMAT}
      dateParser={parseTypedDate}
    />
  );
}
