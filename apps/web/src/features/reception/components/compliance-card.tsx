import { Alert, Anchor, Badge, Card, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import type { ReceptionCompliance } from '@phoihop/shared/reception';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryFallback } from '../../../components/ui/query-state';
import { formatDate } from '../../../lib/dates';
import { useCompliance } from '../api/get-compliance';

// A year without the Chairman has 52 missed weeks: show the first few and let the rest unfold.
const SHOWN_WEEKS = 8;

function MissedWeeks({ weeks }: { weeks: ReceptionCompliance['chairmanWeeksMissed'] }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? weeks : weeks.slice(0, SHOWN_WEEKS);
  return (
    <Group gap={4} mt={4}>
      {shown.map((w) => (
        <Badge key={w.weekStart} color="orange" variant="light" tt="none">
          {t('reception.compliance.week', { date: formatDate(w.weekStart) })}
        </Badge>
      ))}
      {weeks.length > SHOWN_WEEKS && (
        <Anchor component="button" type="button" size="sm" onClick={() => setAll(!all)}>
          {all ? t('reception.compliance.showLess') : t('reception.compliance.showAll')}
        </Anchor>
      )}
    </Group>
  );
}

function ComplianceResult({ data }: { data: ReceptionCompliance }) {
  const { t } = useTranslation();
  const weeks = data.chairmanWeeksMissed;
  const months = data.secretaryMonthsShort;
  if (data.weeksChecked === 0 && data.monthsChecked === 0) {
    return <Text c="dimmed">{t('reception.compliance.nothingYet')}</Text>;
  }
  if (weeks.length === 0 && months.length === 0) {
    return (
      <Alert color="teal" icon={<IconCircleCheck aria-hidden />} role="status">
        {t('reception.compliance.ok', { weeks: data.weeksChecked, months: data.monthsChecked })}
      </Alert>
    );
  }
  return (
    <Alert
      color="orange"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('reception.compliance.missing')}
      role="alert"
    >
      <List spacing="xs" size="sm">
        {weeks.length > 0 && (
          <List.Item>
            {t('reception.compliance.chairman', { count: weeks.length })}
            <MissedWeeks weeks={weeks} />
          </List.Item>
        )}
        {months.length > 0 && (
          <List.Item>
            {t('reception.compliance.secretary', { count: months.length })}
            <Group gap={4} mt={4}>
              {months.map((m) => (
                <Badge key={m.month} color="orange" variant="light" tt="none">
                  {t('reception.compliance.month', { month: m.month, days: m.days })}
                </Badge>
              ))}
            </Group>
          </List.Item>
        )}
      </List>
    </Alert>
  );
}

/** The leaders' reception duty for a year (Luật Tiếp công dân Art 15; Quy định 11-QĐi/TW). */
export function ComplianceCard(props: { year: number; onYearChange: (year: number) => void }) {
  const { t } = useTranslation();
  const query = useCompliance(props.year);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 5 }, (_, i) => String(thisYear - i));
  if (!years.includes(String(props.year))) years.push(String(props.year));
  return (
    <Card withBorder radius="md" mb="md" data-testid="reception-compliance">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" gap="xs">
          <Title order={2} size="h4">
            {t('reception.compliance.title', { year: props.year })}
          </Title>
          <Select
            label={t('reception.compliance.year')}
            size="xs"
            w={120}
            allowDeselect={false}
            data={years}
            value={String(props.year)}
            onChange={(v) => v && props.onYearChange(Number(v))}
          />
        </Group>
        <QueryFallback query={query} />
        {query.data && (
          <>
            <ComplianceResult data={query.data} />
            <Text size="sm" c="dimmed">
              {t('reception.compliance.totals', {
                sessions: query.data.sessions,
                visits: query.data.visits,
              })}
            </Text>
          </>
        )}
      </Stack>
    </Card>
  );
}
