import { SimpleGrid, Table, Text } from '@mantine/core';
import type { Overview } from '@phoihop/shared/dashboard';
import { useTranslation } from 'react-i18next';
import { ChartSlot } from './chart-slot';
import { FigureTile } from './figure-tile';
import { LettersByMonthChart } from './lazy-charts';
import { ListLinkAnchor } from '../../../components/ui/list-link-anchor';
import { SectionCard } from './section-card';
import { useFormat } from './use-format';

/** Letters of the year: the five figures, then how many sit in each status. */
export function LettersCard({ overview, year }: { overview: Overview; year: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { letters } = overview;
  const statuses = overview.lettersByStatus.filter((row) => row.count > 0);
  return (
    <SectionCard id="letters" title={t('dashboard.letters.title', { year })}>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md" verticalSpacing="sm">
        <FigureTile label={t('dashboard.letters.received')} count={letters.received} />
        <FigureTile label={t('dashboard.letters.handled')} count={letters.handled} />
        <FigureTile label={t('dashboard.letters.pending')} count={letters.pending} />
        <FigureTile label={t('dashboard.letters.overdue')} count={letters.overdue} alert />
        <FigureTile label={t('dashboard.letters.onTimeRate')} count={letters.onTimeRate} />
      </SimpleGrid>
      {statuses.length > 0 && (
        <Table verticalSpacing={4} fz="sm" aria-label={t('dashboard.letters.byStatus')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dashboard.letters.status')}</Table.Th>
              <Table.Th ta="right">{t('dashboard.letters.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {statuses.map((row) => {
              const status = t(`cases.statuses.${row.status}`);
              return (
                <Table.Tr key={row.status}>
                  <Table.Td>{status}</Table.Td>
                  <Table.Td ta="right">
                    <ListLinkAnchor
                      link={row.link}
                      figure
                      aria-label={t('dashboard.letters.statusLink', { status, count: row.count })}
                    >
                      {format.count(row.count)}
                    </ListLinkAnchor>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </SectionCard>
  );
}

/** Received and handled per month: a chart and the table it draws (the table has the links). */
export function LettersByMonthCard({ overview, year }: { overview: Overview; year: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const months = overview.lettersByMonth;
  const any = months.some((m) => m.received > 0 || m.handled > 0);
  return (
    <SectionCard id="letters-month" title={t('dashboard.letters.byMonth')}>
      {!any ? (
        <Text c="dimmed">{t('dashboard.letters.noLetters', { year })}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <ChartSlot height={240}>
            <LettersByMonthChart months={months} />
          </ChartSlot>
          <Table striped verticalSpacing={4} fz="sm" aria-label={t('dashboard.letters.byMonth')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dashboard.letters.month')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.letters.received')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.letters.handled')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {months.map((m) => {
                const month = format.month(m.month);
                return (
                  <Table.Tr key={m.month} data-testid="letters-month-row">
                    <Table.Td>{month}</Table.Td>
                    <Table.Td ta="right">
                      <ListLinkAnchor
                        link={m.link}
                        figure
                        aria-label={t('dashboard.letters.monthLink', { month, count: m.received })}
                      >
                        {format.count(m.received)}
                      </ListLinkAnchor>
                    </Table.Td>
                    <Table.Td ta="right">{format.count(m.handled)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </SimpleGrid>
      )}
    </SectionCard>
  );
}
