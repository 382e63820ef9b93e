import {
  annualReportDraftSchema,
  annualReportFiguresSchema,
  annualReportVersionSchema,
  listAnnualReportVersionsSchema,
  listAnnualReportYearsSchema,
  reportSettingsSchema,
  reportSettingsViewSchema,
  saveAnnualReportBodySchema,
  type AnnualReportVersion,
  type AnnualReportYear,
  type ReportSettingsView,
} from '@phoihop/shared/reports';
import { http, HttpResponse } from 'msw';
import { newId } from '../../../testing/data';
import { problem } from '../../../testing/problem';
import { author, content2025, figuresAt, settings } from './fixtures';
import { requestRecorder, type RecordedRequest } from '../../../testing/record-requests';

/** What the fake report API holds, and every request it saw, for assertions. */
export interface ReportApiState {
  years: AnnualReportYear[];
  /** The date the API picks when none is asked for. */
  defaultAsOf: string;
  versions: AnnualReportVersion[];
  settings: ReportSettingsView;
  /** Bytes of the DOCX files served. */
  docx: Uint8Array;
  requests: RecordedRequest[];
}

export const reportState = (overrides: Partial<ReportApiState> = {}): ReportApiState => ({
  years: [],
  defaultAsOf: '2025-12-15',
  versions: [],
  settings: { settings, version: null },
  docx: new Uint8Array([80, 75, 3, 4]),
  requests: [],
  ...overrides,
});

const api = (path: string) => `*/api${path}`;
const summaryOf = ({ header: _h, content: _c, figures: _f, ...summary }: AnnualReportVersion) =>
  summary;

export function reportHandlers(state: ReportApiState) {
  const record = requestRecorder(state.requests);
  const newest = () => state.versions.reduce((n, v) => Math.max(n, v.versionNo), 0);
  const asOfOf = (request: Request) =>
    new URL(request.url).searchParams.get('asOf') ?? state.defaultAsOf;
  return [
    http.get(api('/reports/annual'), async ({ request }) => {
      await record(request);
      return HttpResponse.json(listAnnualReportYearsSchema.parse({ items: state.years }));
    }),
    http.get(api('/reports/annual/:year/draft'), async ({ request, params }) => {
      await record(request);
      const asOf = asOfOf(request);
      return HttpResponse.json(
        annualReportDraftSchema.parse({
          year: Number(params.year),
          asOf,
          header: { ...state.settings.settings, number: null, date: asOf },
          content: content2025,
          figures: figuresAt(asOf),
          plan: { id: newId(), title: 'Chương trình phối hợp năm 2025' },
          nextPlan: null,
          latestVersionNo: newest() || null,
        }),
      );
    }),
    http.get(api('/reports/annual/:year/figures'), async ({ request }) => {
      await record(request);
      const asOf = asOfOf(request);
      return HttpResponse.json(annualReportFiguresSchema.parse({ asOf, figures: figuresAt(asOf) }));
    }),
    http.get(api('/reports/annual/:year/versions'), async ({ request }) => {
      await record(request);
      const items = [...state.versions].sort((a, b) => b.versionNo - a.versionNo).map(summaryOf);
      return HttpResponse.json(listAnnualReportVersionsSchema.parse({ items }));
    }),
    http.post(api('/reports/annual/:year/versions'), async ({ request, params }) => {
      const body = saveAnnualReportBodySchema.parse(await record(request));
      if ((body.basedOn ?? 0) !== newest()) {
        return problem('VERSION_CONFLICT', 'Đã có phiên bản mới hơn');
      }
      const version = annualReportVersionSchema.parse({
        id: newId(),
        year: Number(params.year),
        versionNo: newest() + 1,
        asOf: body.asOf,
        note: body.note ?? null,
        createdBy: author,
        createdAt: '2025-12-16T03:00:00.000Z',
        header: body.header,
        content: body.content,
        figures: figuresAt(body.asOf),
      });
      state.versions.push(version);
      return HttpResponse.json(version, { status: 201 });
    }),
    http.get(api('/reports/annual/:year/versions/:versionNo'), async ({ request, params }) => {
      await record(request);
      const version = state.versions.find((v) => v.versionNo === Number(params.versionNo));
      return version
        ? HttpResponse.json(version)
        : problem('NOT_FOUND', 'Không tìm thấy phiên bản');
    }),
    http.get(
      api('/reports/annual/:year/versions/:versionNo/report.docx'),
      async ({ request, params }) => {
        await record(request);
        return new HttpResponse(state.docx, {
          headers: {
            'Content-Type':
              'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            'Content-Disposition': `attachment; filename*=UTF-8''bao-cao-phoi-hop-${String(params.year)}-v${String(params.versionNo)}.docx`,
          },
        });
      },
    ),
    http.get(api('/settings/report'), async ({ request }) => {
      await record(request);
      return HttpResponse.json(reportSettingsViewSchema.parse(state.settings));
    }),
    http.put(api('/settings/report'), async ({ request }) => {
      const body = reportSettingsSchema.parse(await record(request));
      const { version } = state.settings;
      const ifMatch = request.headers.get('if-match');
      if (version !== null && ifMatch !== `"${version}"`) {
        return problem('VERSION_CONFLICT', 'Cài đặt đã được người khác thay đổi');
      }
      state.settings = { settings: body, version: (version ?? 0) + 1 };
      return HttpResponse.json(reportSettingsViewSchema.parse(state.settings));
    }),
  ];
}
