import { Badge, Box, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import type { Mediator } from '@phoihop/shared/mediation';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The team's mediators, leader first as the API orders them; cards on phones. */
export function MediatorsTable(props: { mediators: Mediator[]; onEdit?: (m: Mediator) => void }) {
  const { t } = useTranslation();
  const org = (m: Mediator) => m.organisation?.shortName ?? m.organisation?.name ?? '—';
  const status = (m: Mediator) => (
    <Badge color={m.active ? 'teal' : 'gray'} variant="light" tt="none">
      {m.active ? t('mediation.mediators.active') : t('mediation.mediators.left')}
    </Badge>
  );
  const role = (m: Mediator) => (
    <Badge
      color={m.role === 'LEADER' ? 'grape' : 'gray'}
      variant={m.role === 'LEADER' ? 'filled' : 'outline'}
      tt="none"
    >
      {t(`mediation.mediators.roles.${m.role}`)}
    </Badge>
  );
  const edit = (m: Mediator) =>
    props.onEdit && (
      <Button
        size="xs"
        variant="subtle"
        leftSection={<IconPencil size={14} aria-hidden />}
        onClick={() => props.onEdit?.(m)}
        aria-label={t('mediation.mediators.editOne', { name: m.fullName })}
      >
        {t('common.edit')}
      </Button>
    );
  const yesNo = (v: boolean) => (v ? t('mediation.mediators.yes') : t('mediation.mediators.no'));
  return (
    <>
      <Box visibleFrom="sm">
        <Table striped verticalSpacing="xs" data-testid="mediators-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('mediation.mediators.fullName')}</Table.Th>
              <Table.Th>{t('mediation.mediators.gender')}</Table.Th>
              <Table.Th>{t('mediation.mediators.role')}</Table.Th>
              <Table.Th>{t('mediation.mediators.organisation')}</Table.Th>
              <Table.Th>{t('mediation.mediators.minorityShort')}</Table.Th>
              <Table.Th>{t('mediation.mediators.phone')}</Table.Th>
              <Table.Th>{t('mediation.mediators.status')}</Table.Th>
              {props.onEdit && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.mediators.map((m) => (
              <Table.Tr key={m.id} data-testid="mediator-row">
                <Table.Td>
                  {m.fullName}
                  {m.birthYear && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({m.birthYear})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t(`mediation.mediators.genders.${m.gender}`)}</Table.Td>
                <Table.Td>{role(m)}</Table.Td>
                <Table.Td>{org(m)}</Table.Td>
                <Table.Td>{yesNo(m.ethnicMinority)}</Table.Td>
                <Table.Td>{m.phone ?? '—'}</Table.Td>
                <Table.Td>{status(m)}</Table.Td>
                {props.onEdit && <Table.Td>{edit(m)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack hiddenFrom="sm" gap="xs">
        {props.mediators.map((m) => (
          <Card key={m.id} withBorder padding="sm">
            <Group justify="space-between" gap="xs">
              <Text fw={500}>{m.fullName}</Text>
              {role(m)}
            </Group>
            <Text size="xs" c="dimmed">
              {[
                t(`mediation.mediators.genders.${m.gender}`),
                org(m),
                m.ethnicMinority && t('mediation.mediators.ethnicMinority'),
                m.phone,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            <Group gap="xs" mt={4}>
              {status(m)}
              {edit(m)}
            </Group>
          </Card>
        ))}
      </Stack>
    </>
  );
}
