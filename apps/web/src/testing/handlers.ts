import { auditEntrySchema } from '@phoihop/shared/audit';
import { loginBodySchema, meSchema, updateProfileBodySchema } from '@phoihop/shared/auth';
import { pageSchema } from '@phoihop/shared/common';
import { dashboardSchema } from '@phoihop/shared/dashboard';
import {
  createExportBodySchema,
  exportJobSchema,
  listExportJobsSchema,
  type ExportJob,
} from '@phoihop/shared/exports';
import { notificationSchema, unreadCountSchema } from '@phoihop/shared/notifications';
import { organisationSchema } from '@phoihop/shared/organisations';
import {
  amendmentSchema,
  planSchema,
  planTreeSchema,
  regulationSchema,
  taskRowSchema,
  timelineEntrySchema,
} from '@phoihop/shared/plans';
import { listAnnualReportYearsSchema, reportSettingsViewSchema } from '@phoihop/shared/reports';
import { reviewSchema } from '@phoihop/shared/reviews';
import { foldText } from '@phoihop/shared/text';
import { unitSchema } from '@phoihop/shared/units';
import { createUserBodySchema, userSchema } from '@phoihop/shared/users';
import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { db } from './db';
import { makeUser, newId } from './data';
import { problem } from './problem';

const api = (path: string) => `*/api${path}`;

/** A one-page list, validated against the shared page schema before it is sent. */
function page<T extends z.ZodType>(
  schema: T,
  items: unknown[],
  q?: string | null,
  text?: (item: never) => string,
) {
  const wanted = q ? foldText(q) : '';
  const filtered =
    wanted && text ? items.filter((item) => foldText(text(item as never)).includes(wanted)) : items;
  return HttpResponse.json(pageSchema(schema).parse({ items: filtered, nextCursor: null }));
}

/** Exports queued in this test run; each is done when first asked about. */
const exportJobs = new Map<string, ExportJob>();

export const handlers = [
  http.get(api('/auth/me'), () =>
    db.me
      ? HttpResponse.json(meSchema.parse(db.me))
      : problem('UNAUTHENTICATED', 'Vui lòng đăng nhập'),
  ),
  http.post(api('/auth/login'), async ({ request }) => {
    loginBodySchema.parse(await request.json());
    if (!db.me) return problem('INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng');
    return HttpResponse.json(meSchema.parse(db.me));
  }),
  http.post(api('/auth/logout'), () => {
    db.me = null;
    return new HttpResponse(null, { status: 204 });
  }),
  http.patch(api('/auth/profile'), async ({ request }) => {
    const { locale } = updateProfileBodySchema.parse(await request.json());
    if (!db.me) return problem('UNAUTHENTICATED', 'Vui lòng đăng nhập');
    db.me = { ...db.me, user: { ...db.me.user, locale } };
    return HttpResponse.json(meSchema.parse(db.me));
  }),
  http.get(api('/notifications/unread-count'), () =>
    HttpResponse.json(
      unreadCountSchema.parse({ unread: db.notifications.filter((n) => !n.readAt).length }),
    ),
  ),
  http.get(api('/notifications'), () => page(notificationSchema, db.notifications)),
  http.post(api('/notifications/mark-read'), () => HttpResponse.json({ ok: true })),
  http.get(api('/users'), ({ request }) =>
    page(
      userSchema,
      db.users,
      new URL(request.url).searchParams.get('q'),
      (u: { fullName: string; username: string }) => `${u.fullName} ${u.username}`,
    ),
  ),
  http.post(api('/users'), async ({ request }) => {
    const body = createUserBodySchema.parse(await request.json());
    const user = makeUser({
      ...body,
      organisationId: body.organisationId ?? null,
      organisationName: null,
    });
    db.users.push(user);
    return HttpResponse.json(userSchema.parse(user), { status: 201 });
  }),
  http.get(api('/organisations'), () => page(organisationSchema, db.organisations)),
  http.get(api('/units'), () => page(unitSchema, db.units)),
  // The connection probe after a request got no answer.
  http.get('*/healthz', () => HttpResponse.json({ status: 'ok' })),
  http.get(api('/audit'), () => page(auditEntrySchema, db.audit)),
  http.get(api('/plans'), () =>
    page(
      planSchema,
      db.planTrees.map((tree) => tree.plan),
    ),
  ),
  http.get(api('/plans/:id'), ({ params }) => {
    const tree = db.planTrees.find((t) => t.plan.id === params.id);
    return tree
      ? HttpResponse.json(planTreeSchema.parse(tree))
      : problem('NOT_FOUND', 'Không tìm thấy kế hoạch');
  }),
  http.get(api('/plans/:id/amendments'), () =>
    HttpResponse.json(z.array(amendmentSchema).parse([])),
  ),
  http.get(api('/plans/:id/reviews'), () => HttpResponse.json(z.array(reviewSchema).parse([]))),
  http.get(api('/plan-items/:id/timeline'), () =>
    HttpResponse.json(z.array(timelineEntrySchema).parse([])),
  ),
  http.get(api('/tasks'), ({ request }) =>
    page(
      taskRowSchema,
      db.tasks,
      new URL(request.url).searchParams.get('q'),
      (task: { title: string }) => task.title,
    ),
  ),
  http.get(api('/regulations'), () => page(regulationSchema, [])),
  // The home dashboard: nothing to do and no overview unless a test says otherwise.
  http.get(api('/dashboard'), ({ request }) => {
    const today = new Date().toISOString().slice(0, 10);
    const year = Number(new URL(request.url).searchParams.get('year') ?? today.slice(0, 4));
    // No organisation: its counts are empty (value and link null).
    const none = { value: null, link: null };
    return HttpResponse.json(
      dashboardSchema.parse({
        year,
        today,
        mine: {
          organisation: null,
          tasksDueSoon: none,
          tasksOverdue: none,
          casesDueSoon: null,
          casesOverdue: null,
          recommendationsAwaiting: none,
          petitionsAwaiting: none,
          upcoming: [],
        },
        overview: null,
      }),
    );
  }),
  http.post(api('/exports'), async ({ request }) => {
    const body = createExportBodySchema.parse(await request.json());
    const job = exportJobSchema.parse({
      id: newId(),
      list: body.list,
      format: body.format,
      status: 'QUEUED',
      processed: 0,
      total: null,
      fileName: null,
      error: null,
      createdAt: new Date().toISOString(),
      finishedAt: null,
    });
    exportJobs.set(job.id, job);
    return HttpResponse.json(job, { status: 202 });
  }),
  http.get(api('/exports'), () => HttpResponse.json(listExportJobsSchema.parse({ items: [] }))),
  http.get(api('/exports/:id'), ({ params }) => {
    const job = exportJobs.get(String(params.id));
    if (!job) return problem('NOT_FOUND', 'Không tìm thấy tệp xuất');
    return HttpResponse.json(
      exportJobSchema.parse({
        ...job,
        status: 'DONE',
        processed: 3,
        total: 3,
        fileName: `${job.list}.${job.format}`,
        finishedAt: new Date().toISOString(),
      }),
    );
  }),
  // Reports: no year yet, and the settings a unit starts with (none saved).
  http.get(api('/reports/annual'), () =>
    HttpResponse.json(listAnnualReportYearsSchema.parse({ items: [] })),
  ),
  http.get(api('/settings/report'), () =>
    HttpResponse.json(
      reportSettingsViewSchema.parse({
        settings: {
          issuerParent: [],
          issuerName: ['ỦY BAN NHÂN DÂN', (db.me?.unit.name ?? 'Phường').toUpperCase()],
          symbol: 'BC-UBND',
          place: db.me?.unit.name ?? 'Phường',
          signature: {
            authority: [{ prefix: 'TM.', of: 'ỦY BAN NHÂN DÂN' }],
            title: 'CHỦ TỊCH',
            name: '(Họ và tên)',
          },
          recipients: { to: [], archive: [] },
        },
        version: null,
      }),
    ),
  ),
];
