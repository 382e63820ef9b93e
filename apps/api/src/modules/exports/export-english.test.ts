// Every word the exporters write for a header or an enumerated value has its English, so an
// English reader's file is not half Vietnamese (a renamed label fails here until translated).
import { exportLists, exportQuerySchemas } from '@phoihop/shared/exports';
import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../lib/context.ts';
import { channelLabels, fieldLabels, kindLabels, statusLabels } from '../cases/case-labels.ts';
import { petitionFieldLabels, petitionStatusLabels } from '../civic/civic-labels.ts';
import { recurrenceLabels } from '../plan-import/import-cells.ts';
import { recommendationStatusLabels } from '../supervision/supervision-labels.ts';
import { filterIn, hasEnglish, wordIn } from './export-english.ts';
import type { ExporterDeps } from './lists/exporter.ts';
import { createExporters } from './lists/exporters.ts';

const ctx = { actor: { id: 'u', unitId: 'w', organisationId: null, roles: ['VIEWER'] }, requestId: 't', ip: null } as unknown as RequestContext;
const deps = { core: {}, lookups: {}, today: () => '2026-01-01' } as unknown as ExporterDeps;
const queries: Record<string, Record<string, string>> = { 'reception-book': { from: '2026-01-01', to: '2026-12-31' } };

describe('exports in English', () => {
  it.each(exportLists)('has English for every header, title and sheet name of %s', async (list) => {
    const query = exportQuerySchemas[list].parse(queries[list] ?? {});
    const source = await createExporters(deps)[list].open(query as never, ctx);
    const missing = [source.title, source.sheetName, ...source.columns.map((c) => c.header)].filter((w) => !hasEnglish(w));
    expect(missing).toEqual([]);
  });

  it('has English for every enumerated value the lists write', () => {
    const labels = [channelLabels, fieldLabels, kindLabels, statusLabels, petitionFieldLabels, petitionStatusLabels, recommendationStatusLabels]
      .flatMap((map) => Object.values(map))
      .concat(Object.values(recurrenceLabels).filter((w) => w !== 'Không'));
    expect(labels.filter((w) => !hasEnglish(w))).toEqual([]);
  });

  it('translates a filter part by part and leaves typed names alone', () => {
    expect(filterIn('en', 'Trạng thái: Đã thụ lý')).toBe('Status: Accepted');
    expect(filterIn('en', 'Tổ hòa giải: Tổ 3')).toBe('Mediation team: Tổ 3');
    expect(filterIn('en', 'Nhận từ ngày 01/01/2026 đến ngày 31/03/2026')).toBe('Received from 01/01/2026 to 31/03/2026');
    expect(filterIn('vi', 'Trạng thái: Đã thụ lý')).toBe('Trạng thái: Đã thụ lý');
    expect(wordIn('en', 'Nguyễn Văn A')).toBe('Nguyễn Văn A');
  });
});
