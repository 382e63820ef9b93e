import { Button, Group, Table, Text } from '@mantine/core';
import type { Organisation } from '@phoihop/shared/organisations';
import { useTranslation } from 'react-i18next';
import { ActiveBadge } from '../../../components/ui/active-badge';
import { ConfirmButton } from '../../../components/ui/confirm-button';

export function OrganisationsTable(props: {
  organisations: Organisation[];
  canManage: boolean;
  onEdit: (org: Organisation) => void;
  onSetActive: (org: Organisation, active: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="organisations-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('organisations.name')}</Table.Th>
            <Table.Th>{t('organisations.kind')}</Table.Th>
            <Table.Th>{t('organisations.sortOrder')}</Table.Th>
            <Table.Th>{t('common.status')}</Table.Th>
            {props.canManage && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.organisations.map((org) => (
            <Table.Tr key={org.id}>
              <Table.Td>
                <Text fw={500}>{org.name}</Text>
                {org.shortName && (
                  <Text size="xs" c="dimmed">
                    {org.shortName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(`organisationKinds.${org.kind}`)}</Table.Td>
              <Table.Td>{org.sortOrder}</Table.Td>
              <Table.Td>
                <ActiveBadge active={org.active} />
              </Table.Td>
              {props.canManage && (
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Button size="xs" variant="light" onClick={() => props.onEdit(org)}>
                      {t('common.edit')}
                    </Button>
                    {org.active ? (
                      <ConfirmButton
                        size="xs"
                        variant="light"
                        color="red"
                        label={t('common.deactivate')}
                        title={t('confirm.deactivateTitle')}
                        message={t('confirm.deactivateBody', { name: org.name })}
                        onConfirm={() => props.onSetActive(org, false)}
                      />
                    ) : (
                      <Button
                        size="xs"
                        variant="light"
                        color="teal"
                        onClick={() => props.onSetActive(org, true)}
                      >
                        {t('common.reactivate')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
