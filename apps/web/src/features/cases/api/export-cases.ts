import { buildUrl } from '../../../lib/api-client';
import type { CaseFilters } from './list-cases';

/** The XLSX export of the list as filtered: a plain download link, the session cookie goes along. */
export const casesExportUrl = (filters: CaseFilters) => buildUrl('/cases/export.xlsx', filters);
