import { Anchor, Box, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import type { MediationCase } from '@phoihop/shared/mediation';
import { IconPencil } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/dates';
import { OutcomeBadge } from './mediation-badges';
import { TeamLink } from './team-link';

const partiesOf = (found: MediationCase) => found.parties.map((p) => p.name).join(' – ');

function LetterLink({ found }: { found: MediationCase }) {
  const { t } = useTranslation();
  if (!found.case) return null;
  const { id, number } = found.case;
  return (
    <Anchor
      size="xs"
      renderRoot={(rootProps) => <Link {...rootProps} to={paths.case} params={{ caseId: id }} />}
    >
      {t('mediation.cases.letterLink', { number })}
    </Anchor>
  );
}

/** Mediation cases: a table on wide screens, cards on phones. */
export function CaseList(props: {
  cases: MediationCase[];
  showTeam: boolean;
  onEdit?: (found: MediationCase) => void;
}) {
  const { t } = useTranslation();
  const edit = (found: MediationCase) =>
    props.onEdit && (
      <Button
        size="xs"
        variant="subtle"
        leftSection={<IconPencil size={14} aria-hidden />}
        onClick={() => props.onEdit?.(found)}
        aria-label={t('mediation.cases.editOne', { title: found.title })}
      >
        {t('common.edit')}
      </Button>
    );
  const dates = (found: MediationCase) =>
    [formatDate(found.receivedOn), found.mediatedOn && formatDate(found.mediatedOn)]
      .filter(Boolean)
      .join(' → ');
  return (
    <>
      <Box visibleFrom="sm">
        <Table striped highlightOnHover verticalSpacing="xs" data-testid="mediation-cases-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('mediation.cases.receivedOn')}</Table.Th>
              <Table.Th>{t('mediation.cases.title')}</Table.Th>
              {props.showTeam && <Table.Th>{t('mediation.cases.team')}</Table.Th>}
              <Table.Th>{t('mediation.cases.field')}</Table.Th>
              <Table.Th>{t('mediation.cases.outcome')}</Table.Th>
              {props.onEdit && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.cases.map((found) => (
              <Table.Tr key={found.id} data-testid="mediation-case-row">
                <Table.Td>{dates(found)}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {found.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {partiesOf(found)}
                  </Text>
                  <LetterLink found={found} />
                </Table.Td>
                {props.showTeam && (
                  <Table.Td>
                    <TeamLink teamId={found.team.id} size="sm">
                      {found.team.name}
                    </TeamLink>
                  </Table.Td>
                )}
                <Table.Td>{t(`mediation.fields.${found.field}`)}</Table.Td>
                <Table.Td>
                  <OutcomeBadge outcome={found.outcome} />
                </Table.Td>
                {props.onEdit && <Table.Td>{edit(found)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack hiddenFrom="sm" gap="xs">
        {props.cases.map((found) => (
          <Card key={found.id} withBorder padding="sm">
            <Group justify="space-between" gap="xs" align="flex-start">
              <Text fw={500}>{found.title}</Text>
              <OutcomeBadge outcome={found.outcome} />
            </Group>
            <Text size="xs" c="dimmed">
              {[dates(found), props.showTeam && found.team.name, partiesOf(found)]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            <Group gap="xs" mt={4}>
              <LetterLink found={found} />
              {edit(found)}
            </Group>
          </Card>
        ))}
      </Stack>
    </>
  );
}
