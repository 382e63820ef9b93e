import { Box, Card, Group, Stack, Table, Text } from '@mantine/core';
import type { CaseSummary } from '@phoihop/shared/cases';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { CaseKindBadge, CaseStatusBadge, DueDate } from './case-badges';
import { CaseLink } from './case-link';

const orgName = (org: { name: string; shortName: string | null } | null) =>
  org ? (org.shortName ?? org.name) : null;

/** Who works the case: the handler and their organisation, or "not assigned". */
function HandlerText({ row }: { row: CaseSummary }) {
  const { t } = useTranslation();
  const parts = [row.handler?.fullName, orgName(row.assignedOrganisation)].filter(Boolean);
  return parts.length > 0 ? (
    <>{parts.join(' · ')}</>
  ) : (
    <Text span c="dimmed" size="sm">
      {t('cases.notAssigned')}
    </Text>
  );
}

function Petitioner({ row }: { row: CaseSummary }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" fs={row.identityProtected ? 'italic' : undefined}>
      {row.petitionerLabel}
      {row.peopleCount > 1 && (
        <Text span size="xs" c="dimmed">
          {' '}
          ({t('cases.peopleCount', { count: row.peopleCount })})
        </Text>
      )}
    </Text>
  );
}

const numberLink = (row: CaseSummary) => (
  <CaseLink caseId={row.id} fw={600}>
    {row.number}
  </CaseLink>
);

/** A table on wide screens and cards on phones, so nothing needs sideways scrolling. */
export function CaseList({ rows }: { rows: CaseSummary[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Box visibleFrom="md">
        <Table striped highlightOnHover verticalSpacing="xs" data-testid="cases-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cases.columns.number')}</Table.Th>
              <Table.Th>{t('cases.columns.receivedOn')}</Table.Th>
              <Table.Th>{t('cases.columns.kind')}</Table.Th>
              <Table.Th>{t('cases.columns.summary')}</Table.Th>
              <Table.Th>{t('cases.columns.petitioner')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
              <Table.Th>{t('cases.columns.handler')}</Table.Th>
              <Table.Th>{t('cases.columns.due')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id} data-testid={`case-row-${row.number}`}>
                <Table.Td>{numberLink(row)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(row.receivedOn)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <CaseKindBadge kind={row.kind} />
                  <Text size="xs" c="dimmed">
                    {t(`cases.fields.${row.field}`)}
                  </Text>
                </Table.Td>
                <Table.Td maw={360}>
                  <Text size="sm" lineClamp={2}>
                    {row.summary}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Petitioner row={row} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <CaseStatusBadge status={row.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    <HandlerText row={row} />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <DueDate {...row} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack hiddenFrom="md" gap="xs" data-testid="cases-cards">
        {rows.map((row) => (
          <Card key={row.id} withBorder padding="sm" data-testid={`case-card-${row.number}`}>
            <Group justify="space-between" gap="xs">
              {numberLink(row)}
              <Text size="xs" c="dimmed">
                {formatDate(row.receivedOn)}
              </Text>
            </Group>
            <Group gap={4} mt={4}>
              <CaseKindBadge kind={row.kind} />
              <CaseStatusBadge status={row.status} />
              <Text size="xs" c="dimmed">
                {t(`cases.fields.${row.field}`)}
              </Text>
            </Group>
            <Text size="sm" mt={4} lineClamp={3}>
              {row.summary}
            </Text>
            <Petitioner row={row} />
            <Text size="xs" c="dimmed" mt={4}>
              <HandlerText row={row} />
            </Text>
            <Group gap={4} mt={4}>
              <Text size="xs">{t('cases.columns.due')}:</Text>
              <DueDate {...row} />
            </Group>
          </Card>
        ))}
      </Stack>
    </>
  );
}
