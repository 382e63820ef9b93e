import { Button, Group, Menu, Text } from '@mantine/core';
import type { ReportFigure } from '@phoihop/shared/reports';
import { IconChevronDown, IconHash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFigureWords } from './figure-words';

/** "Chèn số liệu": every figure of the report with its value now; picking one inserts its token. */
export function FigureMenu(props: {
  figures: readonly ReportFigure[];
  onPick: (figure: ReportFigure) => void;
}) {
  const { t } = useTranslation();
  const words = useFigureWords();
  return (
    <Menu position="bottom-start" withinPortal shadow="md" width={360}>
      <Menu.Target>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconHash size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          {t('reports.editor.insertFigure')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown mah={360} style={{ overflowY: 'auto' }}>
        {props.figures.map((figure) => (
          <Menu.Item key={figure.key} onClick={() => props.onPick(figure)}>
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Text size="sm">{words.label(figure)}</Text>
              <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
                {figure.text}
              </Text>
            </Group>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
