import { Group, Progress, Table, Text } from '@mantine/core';
import { rateOf } from '@phoihop/shared/percent';
import { useTranslation } from 'react-i18next';
import { Section } from './section';

interface Row {
  label: string;
  received: number;
  handled: number;
  inProgress: number;
  overdue: number;
  handledOnTime: number;
}

/** One breakdown as a table; a bar beside each count shows its share of the largest row. */
export function StatisticsTable(props: { id: string; title: string; rows: Row[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  /** "100% (4/4)": the rate with the handled letters it is of (the header names them). */
  const onTime = (row: Row) => {
    const rate = rateOf(row.handledOnTime, row.handled, 'letters-handled');
    return rate.value === null
      ? '—'
      : `${rate.value.toLocaleString(lang)}% (${rate.part}/${rate.whole})`;
  };
  const max = Math.max(1, ...props.rows.map((r) => r.received));
  return (
    <Section id={props.id} title={props.title}>
      {props.rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('cases.statistics.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing={4} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                <Table.Th ta="right">{t('cases.statistics.received')}</Table.Th>
                <Table.Th ta="right">{t('cases.statistics.handled')}</Table.Th>
                <Table.Th ta="right">{t('cases.statistics.inProgress')}</Table.Th>
                <Table.Th ta="right">{t('cases.statistics.overdue')}</Table.Th>
                <Table.Th ta="right">{t('cases.statistics.onTimeRateOfHandled')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.rows.map((row) => (
                <Table.Tr key={row.label}>
                  <Table.Th scope="row" fw={500}>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" style={{ flex: 1 }}>
                        {row.label}
                      </Text>
                      <Progress value={(row.received / max) * 100} w={60} size="sm" aria-hidden />
                    </Group>
                  </Table.Th>
                  <Table.Td ta="right">{row.received}</Table.Td>
                  <Table.Td ta="right">{row.handled}</Table.Td>
                  <Table.Td ta="right">{row.inProgress}</Table.Td>
                  <Table.Td ta="right" c={row.overdue > 0 ? 'red' : undefined}>
                    {row.overdue}
                  </Table.Td>
                  <Table.Td ta="right">{onTime(row)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}
