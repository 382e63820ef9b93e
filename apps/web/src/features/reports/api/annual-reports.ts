import {
  annualReportDraftSchema,
  annualReportFiguresSchema,
  listAnnualReportYearsSchema,
  type AnnualReportFigures,
} from '@phoihop/shared/reports';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const reportKeys = {
  all: ['reports'] as const,
  years: () => ['reports', 'annual', 'years'] as const,
  year: (year: number) => ['reports', 'annual', year] as const,
};

/** The years that have a plan or a saved report, newest first. */
export const annualReportYearsQueryOptions = () =>
  queryOptions({
    queryKey: reportKeys.years(),
    queryFn: () => apiRequest('/reports/annual', {}, listAnnualReportYearsSchema),
  });

export const useAnnualReportYears = () => useQuery(annualReportYearsQueryOptions());

/** The report generated from the records at `asOf` (the API's default date when absent). */
export const annualDraftQueryOptions = (year: number, asOf: string | undefined) =>
  queryOptions({
    queryKey: [...reportKeys.year(year), 'draft', asOf ?? null],
    queryFn: () =>
      apiRequest(`/reports/annual/${year}/draft`, { query: { asOf } }, annualReportDraftSchema),
  });

export const useAnnualDraft = (year: number, asOf: string | undefined) =>
  useQuery(annualDraftQueryOptions(year, asOf));

export const reportFiguresQueryOptions = (year: number, asOf: string) =>
  queryOptions({
    queryKey: [...reportKeys.year(year), 'figures', asOf],
    queryFn: () =>
      apiRequest(`/reports/annual/${year}/figures`, { query: { asOf } }, annualReportFiguresSchema),
  });

/** Live figures at the report's date; the previous date's stay on screen while they load. */
export const useReportFigures = (year: number, asOf: string, initial?: AnnualReportFigures) =>
  useQuery({
    ...reportFiguresQueryOptions(year, asOf),
    initialData: initial?.asOf === asOf ? initial : undefined,
    placeholderData: keepPreviousData,
  });
