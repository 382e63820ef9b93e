// The exporter of each exportable list.
import { createCasesExporter } from './cases-export.ts';
import type { ExporterDeps, Exporters } from './exporter.ts';
import { createMediationCasesExporter } from './mediation-cases-export.ts';
import { createReceptionBookExporter } from './reception-book-export.ts';
import { createRecommendationsExporter } from './recommendations-export.ts';
import { createTasksExporter } from './tasks-export.ts';
import { createVoterPetitionsExporter } from './voter-petitions-export.ts';

export const createExporters = (deps: ExporterDeps): Exporters => ({
  tasks: createTasksExporter(deps),
  cases: createCasesExporter(deps),
  'reception-book': createReceptionBookExporter(deps),
  recommendations: createRecommendationsExporter(deps),
  'voter-petitions': createVoterPetitionsExporter(deps),
  'mediation-cases': createMediationCasesExporter(deps),
});
