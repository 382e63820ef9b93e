import { Code, Select, SimpleGrid, Table, Text } from '@mantine/core';
import type { AuditEntry } from '@phoihop/shared/audit';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/dates';
import { flattenPages } from '../../../lib/pagination';
import { useAudit } from '../api/list-audit';
import { knownEntityTypes, type AuditSearch } from '../search-params';

const changesText = (changes: unknown) =>
  changes === null || changes === undefined ? '' : JSON.stringify(changes, null, 2);

function AuditRow({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const text = changesText(entry.changes);
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</Table.Td>
      <Table.Td>{entry.actorName ?? t('audit.system')}</Table.Td>
      <Table.Td>
        <Code>{entry.action}</Code>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {t(`audit.entityTypes.${entry.entityType}`, { defaultValue: entry.entityType })}
        </Text>
        {entry.entityId && (
          <Text size="xs" c="dimmed" ff="monospace">
            {entry.entityId}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {text && (
          // A box that scrolls must take keyboard focus, or its hidden lines cannot be read.
          <Code
            block
            tabIndex={0}
            role="region"
            aria-label={t('audit.changes')}
            style={{ maxHeight: 200, overflow: 'auto', whiteSpace: 'pre-wrap' }}
          >
            {text}
          </Code>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

export function AuditPage(props: {
  search: AuditSearch;
  onSearchChange: (patch: Partial<AuditSearch>) => void;
}) {
  const { t } = useTranslation();
  const query = useAudit(props.search);
  const entries = flattenPages(query.data);
  const types = [
    ...new Set([
      ...knownEntityTypes,
      ...(props.search.entityType ? [props.search.entityType] : []),
    ]),
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <SimpleGrid cols={{ base: 1, xs: 3 }} mb="md">
        <Select
          label={t('audit.entityType')}
          placeholder={t('common.all')}
          clearable
          data={types.map((type) => ({
            value: type,
            label: t(`audit.entityTypes.${type}`, { defaultValue: type }),
          }))}
          value={props.search.entityType ?? null}
          onChange={(value) => props.onSearchChange({ entityType: value ?? undefined })}
        />
      </SimpleGrid>
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={entries.length === 0}
        emptyText={t('audit.empty')}
        onRetry={() => void query.refetch()}
      />
      {entries.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped verticalSpacing="sm" data-testid="audit-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.time')}</Table.Th>
                <Table.Th>{t('audit.actor')}</Table.Th>
                <Table.Th>{t('audit.action')}</Table.Th>
                <Table.Th>{t('audit.entity')}</Table.Th>
                <Table.Th>{t('audit.changes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <AuditRow key={entry.id} entry={entry} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </>
  );
}
