import type { ReportFigure } from '@phoihop/shared/reports';
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateVi } from '@phoihop/shared/dates';

/** The report a figure belongs to: its year, its date and the unit, for the words around it. */
interface FigureReport {
  year: number;
  asOf: string;
  unitName: string;
}

const FigureReportContext = createContext<FigureReport | null>(null);

export function FigureWordsProvider(props: FigureReport & { children: ReactNode }) {
  const { children, ...report } = props;
  return <FigureReportContext.Provider value={report}>{children}</FigureReportContext.Provider>;
}

/**
 * A figure's label and source in the UI's language. The API sends each figure's stable key with
 * its Vietnamese words, those of the DOCX: Vietnamese shows them as sent. Other languages name
 * the figure by its key (reports.figureWords; vi.json holds the same words for reference), with
 * the API's words as the fallback for a key the locale does not know.
 */
export function useFigureWords() {
  const { t, i18n } = useTranslation();
  const report = useContext(FigureReportContext);
  const asSent = i18n.language === 'vi';
  const words = (figure: ReportFigure, part: 'label' | 'source') => {
    if (asSent) return figure[part];
    const variant =
      part === 'source' && figure.key.startsWith('plan.') && !figure.link ? 'noPlan' : part;
    const from = report ? formatDateVi(`${report.year}-01-01`) : '';
    const to = report ? formatDateVi(report.asOf) : '';
    return t(`reports.figureWords.${figure.key}.${variant}`, {
      defaultValue: figure[part],
      period: t('reports.figureWords.period', { from, to }),
      by: t('reports.figureWords.by', { date: to }),
      asOf: to,
      year: report?.year ?? '',
      unit: report?.unitName ?? '',
      plan: t('reports.figureWords.planName', { year: report?.year ?? '' }),
    });
  };
  return {
    label: (figure: ReportFigure) => words(figure, 'label'),
    source: (figure: ReportFigure) => words(figure, 'source'),
    /** The value as written; only an empty list of topics is a word. */
    text: (figure: ReportFigure) =>
      !asSent && figure.key === 'supervision.topics' && figure.value === 0
        ? t('reports.figureWords.none')
        : figure.text,
  };
}
