import {
  Alert,
  Button,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { updateHolidayYearBodySchema, type HolidayYear } from '@phoihop/shared/calendar';
import { todayInVietnam } from '@phoihop/shared/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryFallback } from '../../../components/ui/query-state';
import { isApiError } from '../../../lib/api-client';
import { DATE_FORMAT, formatDate } from '../../../lib/dates';
import { useHolidayYear, useUpdateHolidayYear } from '../api/holiday-year';

/** A year's days off as the Government announces them; every legal deadline counts on them. */
export function WorkCalendarPanel() {
  const { t } = useTranslation();
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const query = useHolidayYear(year);
  return (
    <Stack>
      <Alert color="blue">{t('settings.calendar.intro')}</Alert>
      <Select
        label={t('settings.calendar.year')}
        w={160}
        allowDeselect={false}
        data={[-1, 0, 1, 2].map((d) => String(thisYear + d))}
        value={String(year)}
        onChange={(value) => value && setYear(Number(value))}
      />
      {query.data ? (
        <HolidayYearForm key={`${year}-${query.data.version ?? 0}`} data={query.data} />
      ) : (
        <QueryFallback query={query} />
      )}
    </Stack>
  );
}

function HolidayYearForm({ data }: { data: HolidayYear }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    tetDays: data.tetDays,
    nationalDayExtra: data.nationalDayExtra,
    cultureDay: data.cultureDay,
    extraDaysOff: data.extraDaysOff,
    workingWeekends: data.workingWeekends,
    note: data.note ?? '',
  });
  const [error, setError] = useState<string | null>(null);
  const update = useUpdateHolidayYear();
  const save = () => {
    const parsed = updateHolidayYearBodySchema.safeParse(values);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? null);
      return;
    }
    setError(null);
    update.mutate(
      { year: data.year, version: data.version, body: parsed.data },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('common.saved') }),
        onError: (e) => setError(isApiError(e) ? e.message : t('settings.saveFailed')),
      },
    );
  };
  const dates = (key: 'tetDays' | 'extraDaysOff' | 'workingWeekends') => (
    <DatePickerInput
      type="multiple"
      label={t(`settings.calendar.${key}`)}
      description={t(`settings.calendar.${key}Help`)}
      valueFormat={DATE_FORMAT}
      clearable
      value={values[key]}
      onChange={(v) => setValues((s) => ({ ...s, [key]: [...v].sort() }))}
    />
  );
  return (
    <Stack>
      {data.version === null && (
        <Text size="sm" c="dimmed">
          {t('settings.calendar.defaults')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Stack>
          {dates('tetDays')}
          <div>
            <Text size="sm" fw={500}>
              {t('settings.calendar.nationalDayExtra')}
            </Text>
            <SegmentedControl
              value={values.nationalDayExtra}
              onChange={(v) => setValues((s) => ({ ...s, nationalDayExtra: v }))}
              data={[
                { value: 'before', label: t('settings.calendar.before') },
                { value: 'after', label: t('settings.calendar.after') },
              ]}
            />
          </div>
          <Switch
            label={t('settings.calendar.cultureDay')}
            checked={values.cultureDay}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              setValues((s) => ({ ...s, cultureDay: checked }));
            }}
          />
          {dates('extraDaysOff')}
          {dates('workingWeekends')}
          <Textarea
            label={t('settings.calendar.note')}
            autosize
            minRows={2}
            value={values.note}
            onChange={(e) => {
              const note = e.currentTarget.value;
              setValues((s) => ({ ...s, note }));
            }}
          />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={save} loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
        <Stack gap="xs">
          <Text fw={600}>{t('settings.calendar.daysOff', { count: data.daysOff.length })}</Text>
          <Table striped>
            <Table.Tbody>
              {data.holidays.map((h) => (
                <Table.Tr key={`${h.date}-${h.name}`}>
                  <Table.Td w={120}>{formatDate(h.date)}</Table.Td>
                  <Table.Td>{h.name}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm" c="dimmed">
            {t('settings.calendar.allDaysOff')}: {data.daysOff.map(formatDate).join(', ')}
          </Text>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
