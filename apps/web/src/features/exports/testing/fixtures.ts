import { exportJobSchema, type CreateExportBody, type ExportJob } from '@phoihop/shared/exports';
import { http, HttpResponse } from 'msw';
import { newId } from '../../../testing/data';
import { problem } from '../../../testing/problem';

export const makeExportJob = (overrides: Partial<ExportJob> = {}): ExportJob =>
  exportJobSchema.parse({
    id: newId(),
    list: 'cases',
    format: 'xlsx',
    status: 'QUEUED',
    processed: 0,
    total: null,
    fileName: null,
    error: null,
    createdAt: '2026-03-10T08:00:00.000Z',
    finishedAt: null,
    ...overrides,
  });

/**
 * A fake export API: POST queues a job, each GET of it answers the next of `steps` (the last one
 * stays), so a test sees the job run and end. Records the bodies it was sent.
 */
export function exportHandlers(steps: Partial<ExportJob>[], recent: ExportJob[] = []) {
  const state = { bodies: [] as CreateExportBody[], polls: 0, job: null as ExportJob | null };
  const handlers = [
    http.post('*/api/exports', async ({ request }) => {
      const body = (await request.json()) as CreateExportBody;
      state.bodies.push(body);
      state.job = makeExportJob({ list: body.list, format: body.format });
      return HttpResponse.json(state.job, { status: 202 });
    }),
    http.get('*/api/exports', () => HttpResponse.json({ items: recent })),
    http.get('*/api/exports/:id', ({ params }) => {
      if (!state.job || state.job.id !== params.id) return problem('NOT_FOUND', 'Không tìm thấy');
      const step = steps[Math.min(state.polls, steps.length - 1)];
      state.polls += 1;
      return HttpResponse.json(exportJobSchema.parse({ ...state.job, ...step }));
    }),
  ];
  return { state, handlers };
}
