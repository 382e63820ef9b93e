import { Button, Table, Text } from '@mantine/core';
import type { Regulation } from '@phoihop/shared/plans';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachmentLink } from '../../../components/ui/attachment-link';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { hasPermission, useCurrentMe } from '../../../lib/auth';
import { formatDate } from '../../../lib/dates';
import { useRegulations } from '../api/list-regulations';
import { orgNames } from './org-names';
import { RegulationFormModal } from './regulation-form-modal';

export function RegulationsPage() {
  const { t } = useTranslation();
  const canManage = hasPermission(useCurrentMe(), 'plan:manage');
  const query = useRegulations();
  const [dialog, setDialog] = useState<{ regulation: Regulation | null } | null>(null);
  const list = query.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t('regulations.title')}
        actions={
          canManage && (
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => setDialog({ regulation: null })}
            >
              {t('regulations.add')}
            </Button>
          )
        }
      />
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={list.length === 0}
        emptyText={t('regulations.empty')}
        onRetry={() => void query.refetch()}
      />
      {list.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="sm" data-testid="regulations-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('regulations.number')}</Table.Th>
                <Table.Th>{t('regulations.titleLabel')}</Table.Th>
                <Table.Th>{t('regulations.signedOn')}</Table.Th>
                <Table.Th>{t('regulations.validity')}</Table.Th>
                <Table.Th>{t('regulations.parties')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.number}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.title}</Text>
                    {r.attachment && <AttachmentLink file={r.attachment} size="xs" />}
                  </Table.Td>
                  <Table.Td>{formatDate(r.signedOn)}</Table.Td>
                  <Table.Td>
                    {formatDate(r.validFrom)} – {r.validTo ? formatDate(r.validTo) : '…'}
                  </Table.Td>
                  <Table.Td>{orgNames(r.parties)}</Table.Td>
                  <Table.Td>
                    {canManage && (
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => setDialog({ regulation: r })}
                      >
                        {t('common.edit')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {dialog && (
        <RegulationFormModal regulation={dialog.regulation} onClose={() => setDialog(null)} />
      )}
    </>
  );
}
