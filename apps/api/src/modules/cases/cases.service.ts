// Letters and cases: intake, steps, views with the denouncer's identity masked, and the legal
// clocks kept in step after every write. Permission from shared/policies, writes in transactions
// with their audit rows, `now` injected so the demo seed can date what it records.
import {
  actionPermission,
  caseNumber,
  identityProtected,
  openStatuses,
} from '@phoihop/shared/case-clocks';
import type {
  Case,
  CaseActionBody,
  CaseIdentity,
  CreateCaseBody,
  UpdateCaseBody,
} from '@phoihop/shared/cases';
import { can } from '@phoihop/shared/policies';
import type { Db, Tx } from '../../db/prisma.ts';
import { AppError, forbidden, notFound } from '../../lib/app-error.ts';
import { diffChanges, recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import type { CalendarService } from '../calendar/calendar.service.ts';
import type { NotificationRepository } from '../notifications/notifications.repository.ts';
import type { LegalSettingsService } from '../settings/legal-settings.service.ts';
import { caseResource, letterProtection } from './case-access.ts';
import { createClockSource } from './case-clock-source.ts';
import { derivedColumns, type ClockContext } from './case-clock-state.ts';
import { createCaseReports } from './case-reports.service.ts';
import { loadCaseDetails } from './case-details.repository.ts';
import { invalid, notAllowed } from './case-errors.ts';
import { claimFiles, intake, newCaseColumns } from './case-intake.ts';
import { kindLabels, statusLabels } from './case-labels.ts';
import type { CaseQuery } from './case-query.ts';
import { searchColumns } from './case-search-text.ts';
import { planStep, reachesOutcome } from './case-steps.ts';
import { canAttach, identityView, toCase } from './case-view.ts';
import type { CaseRecord, CaseRepository, PetitionerRecord } from './cases.repository.ts';

export interface CaseServiceDeps {
  db: Db;
  cases: CaseRepository;
  query: CaseQuery;
  calendar: CalendarService;
  legal: LegalSettingsService;
  notifications: NotificationRepository;
  now?: () => Date;
}

const versionConflict = (current: number) => new AppError('VERSION_CONFLICT', { meta: { currentVersion: current } });
const excerpt = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

export function createCaseService(deps: CaseServiceDeps) {
  const { db, cases, query, calendar, legal, notifications, now = () => new Date() } = deps;
  const clocks = createClockSource({ legal, calendar, now });
  const clockContext = clocks.context;

  /** A case the actor may read; any other reads as not found. */
  async function loadVisible(tx: Tx, id: string, ctx: RequestContext): Promise<CaseRecord> {
    const found = await cases.find(tx, id);
    if (!found || !can(ctx.actor, 'case:read', caseResource(found))) throw notFound();
    return found;
  }

  async function view(tx: Tx, id: string, ctx: RequestContext, clock: ClockContext): Promise<Case> {
    const record = (await cases.find(tx, id))!;
    return toCase(record, await loadCaseDetails(tx, record), ctx.actor, clock);
  }

  async function notify(tx: Tx, r: CaseRecord, userIds: string[], kind: string, title: string) {
    const body = `${r.kind ? `${kindLabels[r.kind]}: ` : ''}${excerpt(r.summary)}`;
    await notifications.createMany(
      tx,
      [...new Set(userIds)].map((userId) => ({ unitId: r.unitId, userId, kind, title, body, link: `/cases/${r.id}` })),
    );
  }

  return {
    async create(body: CreateCaseBody, ctx: RequestContext): Promise<Case> {
      const unitId = ctx.actor.unitId;
      if (!can(ctx.actor, 'case:register', { unitId })) throw forbidden();
      const clock = await clockContext();
      return db.$transaction(async (tx) => {
        const i = await intake(tx, cases, body, ctx, clock.today);
        const year = Number(body.receivedOn.slice(0, 4));
        const seq = await cases.nextSeq(tx, unitId, year);
        const number = caseNumber(year, seq);
        const id = await cases.create(tx, newCaseColumns(i, body, { unitId, year, seq, createdById: ctx.actor.id }, clock), i.petitioners);
        await cases.addAttachments(tx, id, unitId, letterProtection(body.attachments, body.kind ?? null), now());
        if (i.visitId) await cases.linkVisit(tx, i.visitId, id);
        if (i.suggestionId) {
          if (!(await cases.linkSuggestion(tx, i.suggestionId, id))) {
            throw new AppError('CONFLICT', { message: 'Ý kiến góp ý này đã được chuyển thành đơn thư' });
          }
          await recordAudit(tx, ctx, {
            action: 'suggestion.case-open',
            entityType: 'Suggestion',
            entityId: i.suggestionId,
            unitId,
            changes: { status: 'CASE_OPENED', caseId: id, number },
          });
        }
        await cases.addEvent(tx, {
          caseId: id,
          unitId,
          action: 'register',
          fromStatus: null,
          toStatus: 'RECEIVED',
          on: body.receivedOn,
          actorId: ctx.actor.id,
          at: now(),
          data: { channel: i.channel },
        });
        // No identity in the audit log: a denouncer's name would leak through it.
        await recordAudit(tx, ctx, {
          action: 'case.create',
          entityType: 'Case',
          entityId: id,
          unitId,
          changes: {
            number,
            receivedOn: body.receivedOn,
            channel: i.channel,
            kind: i.kind,
            field: body.field,
            sourceOrganisationId: i.sourceOrganisationId,
            peopleCount: i.peopleCount,
            anonymous: body.anonymous,
            attachments: body.attachments.length,
            receptionVisitId: i.visitId,
            suggestionId: i.suggestionId,
          },
        });
        return view(tx, id, ctx, clock);
      });
    },

    async get(id: string, ctx: RequestContext): Promise<Case> {
      const record = await loadVisible(db, id, ctx);
      return toCase(record, await loadCaseDetails(db, record), ctx.actor, await clockContext());
    },

    /** The protected identity, for the handler and the PC head; every look is audited. */
    async identity(id: string, ctx: RequestContext): Promise<CaseIdentity> {
      return db.$transaction(async (tx) => {
        const record = await loadVisible(tx, id, ctx);
        if (!can(ctx.actor, 'case:view-identity', caseResource(record))) throw forbidden();
        const details = await loadCaseDetails(tx, record);
        await recordAudit(tx, ctx, {
          action: 'case.identity-view',
          entityType: 'Case',
          entityId: id,
          unitId: record.unitId,
          changes: { number: record.number, protected: identityProtected(record.kind) },
        });
        return identityView(record, details);
      });
    },

    async update(id: string, version: number, body: UpdateCaseBody, ctx: RequestContext): Promise<Case> {
      const clock = await clockContext();
      return db.$transaction(async (tx) => {
        await cases.lock(tx, id);
        const r = await loadVisible(tx, id, ctx);
        const resource = caseResource(r);
        if (!can(ctx.actor, 'case:process', resource) && !can(ctx.actor, 'case:handle', resource)) throw forbidden();
        if (!openStatuses.includes(r.status)) throw notAllowed('Vụ việc đã có kết quả: không sửa được nội dung');
        if (r.version !== version) throw versionConflict(r.version);
        let petitioners: PetitionerRecord[] = r.petitioners;
        if (body.petitioners) {
          if (identityProtected(r.kind) && !can(ctx.actor, 'case:view-identity', resource)) {
            throw new AppError('FORBIDDEN', { message: 'Chỉ người được xem danh tính người tố cáo mới sửa được người gửi' });
          }
          if (r.anonymous && body.petitioners.length) throw invalid('petitioners', 'Đơn nặc danh không ghi người gửi');
          if (!r.anonymous && !body.petitioners.length) throw invalid('petitioners', 'Ghi ít nhất một người gửi đơn');
          petitioners = body.petitioners.map((p) => ({
            fullName: p.fullName,
            address: p.address ?? null,
            idNumber: p.idNumber ?? null,
            phone: p.phone ?? null,
            representative: p.representative ?? false,
          }));
        }
        const peopleCount = body.peopleCount ?? Math.max(r.peopleCount, petitioners.length);
        if (peopleCount < petitioners.length) throw invalid('peopleCount', 'Số người không được ít hơn số người gửi đã ghi');
        const next = {
          field: body.field ?? r.field,
          summary: body.summary ?? r.summary,
          subject: body.subject === undefined ? r.subject : body.subject,
          location: body.location === undefined ? r.location : body.location,
          sourceReference: body.sourceReference === undefined ? r.sourceReference : body.sourceReference,
          peopleCount,
        };
        const ok = await cases.update(tx, id, version, { ...next, ...searchColumns({ ...r, ...next, petitioners }) });
        if (!ok) throw versionConflict(r.version);
        if (body.petitioners) await cases.replacePetitioners(tx, id, r.unitId, petitioners);
        await recordAudit(tx, ctx, {
          action: 'case.update',
          entityType: 'Case',
          entityId: id,
          unitId: r.unitId,
          changes: {
            ...diffChanges(r, { ...r, ...next }, ['field', 'summary', 'subject', 'location', 'sourceReference', 'peopleCount']),
            ...(body.petitioners ? { petitioners: [r.petitioners.length, petitioners.length] } : {}),
          },
        });
        return view(tx, id, ctx, clock);
      });
    },

    /** One step of the state machine: allowed by the law and the actor's role, or refused whole. */
    async act(id: string, version: number, body: CaseActionBody, ctx: RequestContext): Promise<Case> {
      const clock = await clockContext();
      return db.$transaction(async (tx) => {
        await cases.lock(tx, id);
        const r = await loadVisible(tx, id, ctx);
        if (!can(ctx.actor, actionPermission[body.action], caseResource(r))) throw forbidden();
        if (r.version !== version) throw versionConflict(r.version);
        const plan = await planStep(tx, cases, r, body, ctx, clock);
        const attachmentId = 'attachmentId' in body ? (body.attachmentId ?? null) : null;
        if (attachmentId) {
          await claimFiles(tx, cases, [attachmentId], ctx, 'attachmentId');
          await cases.addAttachments(tx, id, r.unitId, [{ attachmentId, kind: 'DOCUMENT', protected: false }], now());
        }
        let pauses = r.pauses;
        if (plan.pause && 'open' in plan.pause) {
          await cases.openPause(tx, id, plan.pause.open.from, plan.pause.open.reason);
          pauses = [...pauses, { id: '', from: plan.pause.open.from, until: null }];
        } else if (plan.pause) {
          const { id: pauseId, until } = plan.pause.close;
          await cases.closePause(tx, pauseId, until);
          pauses = pauses.map((p) => (p.id === pauseId ? { ...p, until } : p));
        }
        const next: CaseRecord = { ...r, ...plan.columns, pauses };
        const columns = { ...plan.columns, ...derivedColumns(next, clock), ...searchColumns(next) };
        if (!(await cases.update(tx, id, version, columns))) throw versionConflict(r.version);
        await cases.addEvent(tx, {
          caseId: id,
          unitId: r.unitId,
          action: body.action,
          fromStatus: r.status,
          toStatus: plan.toStatus,
          on: plan.on,
          documentNumber: plan.documentNumber,
          documentDate: plan.documentDate,
          note: plan.note,
          data: plan.data,
          attachmentId,
          actorId: ctx.actor.id,
          at: now(),
        });
        await recordAudit(tx, ctx, {
          action: `case.${body.action}`,
          entityType: 'Case',
          entityId: id,
          unitId: r.unitId,
          changes: {
            ...diffChanges(r, next, [
              'status',
              'kind',
              'assignedOrganisationId',
              'handlerId',
              'complexity',
              'remote',
              'extensionDays',
              'pausedSince',
              'decisionNumber',
              'declineReasonCode',
              'forwardLetterNumber',
              'duplicateOfId',
            ]),
            on: plan.on,
          },
        });
        if (plan.newHandlerId && plan.newHandlerId !== ctx.actor.id) {
          await notify(tx, next, [plan.newHandlerId], 'case.assigned', `Bạn được giao xử lý đơn số ${r.number}`);
        }
        if (r.sourceOrganisationId && reachesOutcome(r.status, plan.toStatus)) {
          const staff = (await cases.staffOf(tx, r.sourceOrganisationId)).filter((userId) => userId !== ctx.actor.id);
          await notify(tx, next, staff, 'case.outcome', `Đơn số ${r.number} do tổ chức chuyển đến đã có kết quả: ${statusLabels[plan.toStatus]}`);
        }
        return view(tx, id, ctx, clock);
      });
    },

    async addAttachment(
      id: string,
      body: { attachmentId: string; kind: 'LETTER' | 'EVIDENCE' | 'DOCUMENT'; protected: boolean },
      ctx: RequestContext,
    ): Promise<Case> {
      const clock = await clockContext();
      return db.$transaction(async (tx) => {
        await cases.lock(tx, id);
        const r = await loadVisible(tx, id, ctx);
        if (!canAttach(ctx.actor, r)) throw forbidden();
        await claimFiles(tx, cases, [body.attachmentId], ctx, 'attachmentId');
        await cases.addAttachments(tx, id, r.unitId, letterProtection([body], r.kind), now());
        await recordAudit(tx, ctx, {
          action: 'case.attach',
          entityType: 'Case',
          entityId: id,
          unitId: r.unitId,
          changes: { attachmentId: body.attachmentId, kind: body.kind, protected: body.protected },
        });
        return view(tx, id, ctx, clock);
      });
    },

    ...createCaseReports({ db, cases, query, calendar, legal, clocks }),
  };
}

export type CaseService = ReturnType<typeof createCaseService>;
