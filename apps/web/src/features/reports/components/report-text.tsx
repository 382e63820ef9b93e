import { Text } from '@mantine/core';
import { splitFigureTokens, type ReportFigure } from '@phoihop/shared/reports';
import { paragraphsOf } from '../report-format';
import { FigureValue } from './figure-value';

export type FiguresByKey = ReadonlyMap<string, ReportFigure>;

export const figuresByKey = (figures: readonly ReportFigure[]): FiguresByKey =>
  new Map(figures.map((f) => [f.key, f]));

/** One line of narrative with its figures written out. */
export function FilledLine(props: { text: string; figures: FiguresByKey }) {
  return (
    <>
      {splitFigureTokens(props.text).map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          <FigureValue key={i} tokenKey={part.key} figure={props.figures.get(part.key)} />
        ),
      )}
    </>
  );
}

/** The paragraphs of a narrative text (one a line; "- " items are written as the ward writes them). */
export function ReportText(props: { text: string; figures: FiguresByKey }) {
  return (
    <>
      {paragraphsOf(props.text).map((line, i) => (
        <Text
          key={i}
          component="p"
          ff="inherit"
          fz="inherit"
          lh={1.5}
          mt={0}
          mb={6}
          ta="justify"
          style={{ textIndent: '1cm' }}
        >
          <FilledLine text={line} figures={props.figures} />
        </Text>
      ))}
    </>
  );
}
