import { Table } from '@mantine/core';
import type { ImportProblem } from '@phoihop/shared/plan-import';
import { useTranslation } from 'react-i18next';

export function ImportProblemsTable({ problems }: { problems: ImportProblem[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table verticalSpacing={4} data-testid="import-problems">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('plans.import.row')}</Table.Th>
            <Table.Th w={160}>{t('plans.import.column')}</Table.Th>
            <Table.Th>{t('plans.import.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((p, index) => (
            <Table.Tr key={`${p.row}-${p.column ?? ''}-${index}`}>
              <Table.Td>{p.row === 0 ? '—' : p.row}</Table.Td>
              <Table.Td>{p.column ?? '—'}</Table.Td>
              <Table.Td>{p.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
