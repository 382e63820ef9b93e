import { Box, Mark, Text, Tooltip } from '@mantine/core';
import type { ReportFigure } from '@phoihop/shared/reports';
import { useTranslation } from 'react-i18next';
import { ListLinkAnchor } from '../../../components/ui/list-link-anchor';
import { useFigureWords } from './figure-words';

/** A value in the text stands out from the words around it, as a field in a form would. */
const figureStyle = {
  backgroundColor: 'var(--mantine-color-yellow-1)',
  color: 'inherit',
  borderRadius: 3,
  padding: '0 2px',
  fontWeight: 600,
  textDecoration: 'underline dotted',
};

/**
 * A figure written out in the text: highlighted, its label and source on hover, focus or touch,
 * and a link to the list it was counted from.
 */
export function FigureValue(props: { tokenKey: string; figure: ReportFigure | undefined }) {
  const { t } = useTranslation();
  const words = useFigureWords();
  const { figure } = props;
  if (!figure) {
    return (
      <Tooltip
        label={t('reports.figure.unknown')}
        events={{ hover: true, focus: true, touch: true }}
      >
        <Mark color="red" tabIndex={0} data-testid="unknown-figure">
          {`{{${props.tokenKey}}}`}
        </Mark>
      </Tooltip>
    );
  }
  // Spans only: the tooltip belongs to a paragraph of the document.
  const label = (
    <>
      <Text span display="block" size="sm" fw={700}>
        {words.label(figure)}
      </Text>
      <Text span display="block" size="xs">
        {t('reports.figure.source', { source: words.source(figure) })}
      </Text>
      {figure.link && (
        <Text span display="block" size="xs">
          {t('reports.figure.opensList')}
        </Text>
      )}
    </>
  );
  const name = t('reports.figure.name', { value: figure.text, label: words.label(figure) });
  return (
    <Tooltip
      label={label}
      multiline
      withinPortal
      w={320}
      withArrow
      events={{ hover: true, focus: true, touch: true }}
    >
      {figure.link ? (
        <ListLinkAnchor
          link={figure.link}
          style={figureStyle}
          aria-label={name}
          data-figure={figure.key}
        >
          {figure.text}
        </ListLinkAnchor>
      ) : (
        <Box
          component="span"
          tabIndex={0}
          style={figureStyle}
          aria-label={name}
          data-figure={figure.key}
        >
          {figure.text}
        </Box>
      )}
    </Tooltip>
  );
}
