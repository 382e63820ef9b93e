import { Button, Group, Table, Text } from '@mantine/core';
import type { Unit } from '@phoihop/shared/units';
import { useTranslation } from 'react-i18next';
import { ActiveBadge } from '../../../components/ui/active-badge';
import { ConfirmButton } from '../../../components/ui/confirm-button';

export function UnitsTable(props: {
  units: Unit[];
  canManage: boolean;
  onEdit: (unit: Unit) => void;
  onSetActive: (unit: Unit, active: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="units-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('units.name')}</Table.Th>
            <Table.Th>{t('units.code')}</Table.Th>
            <Table.Th>{t('units.kind')}</Table.Th>
            <Table.Th>{t('units.parent')}</Table.Th>
            <Table.Th>{t('common.status')}</Table.Th>
            {props.canManage && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.units.map((unit) => (
            <Table.Tr key={unit.id}>
              <Table.Td>
                <Text fw={500}>{unit.name}</Text>
              </Table.Td>
              <Table.Td>{unit.code}</Table.Td>
              <Table.Td>{t(`unitKinds.${unit.kind}`)}</Table.Td>
              <Table.Td>{unit.parentName ?? '—'}</Table.Td>
              <Table.Td>
                <ActiveBadge active={unit.active} />
              </Table.Td>
              {props.canManage && (
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Button size="xs" variant="light" onClick={() => props.onEdit(unit)}>
                      {t('common.edit')}
                    </Button>
                    {unit.active ? (
                      <ConfirmButton
                        size="xs"
                        variant="light"
                        color="red"
                        label={t('common.deactivate')}
                        title={t('confirm.deactivateTitle')}
                        message={t('units.deactivateBody', { name: unit.name })}
                        onConfirm={() => props.onSetActive(unit, false)}
                      />
                    ) : (
                      <Button
                        size="xs"
                        variant="light"
                        color="teal"
                        onClick={() => props.onSetActive(unit, true)}
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
