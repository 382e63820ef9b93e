import { Button, Menu } from '@mantine/core';
import { exportFormats, type ExportList } from '@phoihop/shared/exports';
import {
  IconChevronDown,
  IconFileSpreadsheet,
  IconFileText,
  IconHistory,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportQueryOf, type ListFilters } from '../export-query';
import { useStartExport } from '../start-export';
import { RecentExportsModal } from './recent-exports-modal';

const formatIcons = { xlsx: IconFileSpreadsheet, csv: IconFileText } as const;

/**
 * "Xuất danh sách": exports the list as it is filtered on screen. `filters` are the very filters
 * the list's fetcher sends, so the file holds what the list shows.
 */
export function ExportMenu<T extends ListFilters<T>>(props: { list: ExportList; filters: T }) {
  const { t } = useTranslation();
  const { start, isPending } = useStartExport();
  const [recentOpen, setRecentOpen] = useState(false);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            loading={isPending}
            leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
            rightSection={<IconChevronDown size={16} aria-hidden />}
          >
            {t('exports.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {exportFormats.map((format) => {
            const Icon = formatIcons[format];
            return (
              <Menu.Item
                key={format}
                leftSection={<Icon size={16} aria-hidden />}
                onClick={() =>
                  start({ list: props.list, format, query: exportQueryOf(props.filters) })
                }
              >
                {t(`exports.formats.${format}`)}
              </Menu.Item>
            );
          })}
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconHistory size={16} aria-hidden />}
            onClick={() => setRecentOpen(true)}
          >
            {t('exports.recent')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {recentOpen && <RecentExportsModal onClose={() => setRecentOpen(false)} />}
    </>
  );
}
