import { Box, Paper, Stack, Text, Title } from '@mantine/core';
import type {
  AnnualReportContent,
  AnnualReportHeader,
  ReportFigure,
} from '@phoihop/shared/reports';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { blockValue, type BlockPath } from '../content-edits';
import { partLabel, sectionLabel } from '../report-format';
import { EditableBlock } from './editable-block';
import { DocumentFooter, DocumentHeader, DocumentTitle } from './report-header';
import { figuresByKey, ReportText } from './report-text';

// Headings sit indented like a paragraph's first line, as in the DOCX.
const heading = {
  ff: 'inherit',
  fz: 'inherit',
  fw: 700,
  lh: 1.5,
  mb: 6,
  style: { textIndent: '1cm' },
} as const;

/**
 * The report laid out like the paper document (Decree 30/2020): header blocks, title, the
 * numbered sections as the DOCX numbers them, signature and recipients. With `onEdit`, each part
 * is editable in place.
 */
export function ReportDocument(props: {
  header: AnnualReportHeader;
  content: AnnualReportContent;
  figures: readonly ReportFigure[];
  onEdit?: ((path: BlockPath, value: string) => void) | undefined;
}) {
  const { t } = useTranslation();
  const { content, onEdit } = props;
  const byKey = useMemo(() => figuresByKey(props.figures), [props.figures]);
  const empty = (
    <Text c="dimmed" fs="italic" ff="var(--mantine-font-family)" size="sm">
      {t('reports.editor.emptyBlock')}
    </Text>
  );

  /** A part: read only, or editable by those who may. */
  const block = (path: BlockPath, name: string, view: ReactNode, withFigures: boolean) => {
    const value = blockValue(content, path);
    if (!onEdit && value.trim() === '') return null;
    return (
      <EditableBlock
        name={name}
        value={value}
        onChange={onEdit && ((next) => onEdit(path, next))}
        figures={withFigures ? props.figures : undefined}
      >
        {value.trim() === '' ? empty : view}
      </EditableBlock>
    );
  };
  const text = (value: string) => <ReportText text={value} figures={byKey} />;

  return (
    <Paper
      withBorder
      shadow="sm"
      radius="xs"
      px={{ base: 'sm', sm: 40 }}
      py={{ base: 'md', sm: 40 }}
      maw={880}
      mx="auto"
      c="black"
      bg="white"
      style={{ fontFamily: '"Times New Roman", Times, serif', fontSize: 16 }}
      data-testid="report-document"
    >
      <Stack gap="md">
        <DocumentHeader header={props.header} />
        {block(
          { kind: 'title' },
          t('reports.blocks.title'),
          <DocumentTitle lines={content.title} />,
          false,
        )}
        {block({ kind: 'intro' }, t('reports.blocks.intro'), text(content.intro), true)}
        {content.sections.map((section, i) => {
          const label = sectionLabel(i + 1);
          return (
            <Box component="section" key={i} data-testid="report-section">
              {block(
                { kind: 'section', section: i, field: 'title' },
                t('reports.blocks.sectionTitle', { label }),
                <Title order={3} {...heading}>
                  {label} {section.title.toUpperCase()}
                </Title>,
                false,
              )}
              {block(
                { kind: 'section', section: i, field: 'text' },
                t('reports.blocks.sectionText', { label }),
                text(section.text),
                true,
              )}
              {section.children.map((part, j) => {
                const partName = `${label}${partLabel(j + 1)}`;
                return (
                  <Box key={j} data-testid="report-part">
                    {block(
                      { kind: 'part', section: i, part: j, field: 'title' },
                      t('reports.blocks.partTitle', { label: partName }),
                      <Title order={4} {...heading}>
                        {partLabel(j + 1)} {part.title}
                      </Title>,
                      false,
                    )}
                    {block(
                      { kind: 'part', section: i, part: j, field: 'text' },
                      t('reports.blocks.partText', { label: partName }),
                      text(part.text),
                      true,
                    )}
                  </Box>
                );
              })}
            </Box>
          );
        })}
        {block({ kind: 'closing' }, t('reports.blocks.closing'), text(content.closing), true)}
        <DocumentFooter header={props.header} />
      </Stack>
    </Paper>
  );
}
