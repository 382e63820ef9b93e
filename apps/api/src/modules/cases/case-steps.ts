// One step of a case (POST /cases/:id/actions): what it changes, the event it records, and the
// checks the law and the unit's organisation add to the state machine of shared/case-clocks.ts.
import {
  actionTarget,
  allowedActions,
  handledStatuses,
  type CaseStatus,
} from '@phoihop/shared/case-clocks';
import type { CaseActionBody } from '@phoihop/shared/cases';
import type { IsoDate } from '@phoihop/shared/dates';
import { can } from '@phoihop/shared/policies';
import { allowedExtensions, type LegalSettings } from '@phoihop/shared/legal-rules';
import type { Tx } from '../../db/prisma.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { AppError } from '../../lib/app-error.ts';
import type { RequestContext } from '../../lib/context.ts';
import { caseResource } from './case-access.ts';
import { stepFacts } from './case-clock-state.ts';
import { invalid, notAllowed } from './case-errors.ts';
import { statusLabels } from './case-labels.ts';
import type { CaseColumns, CaseRecord, CaseRepository } from './cases.repository.ts';

export interface StepPlan {
  columns: CaseColumns;
  toStatus: CaseStatus;
  on: IsoDate;
  documentNumber: string | null;
  documentDate: IsoDate | null;
  note: string | null;
  data: Prisma.InputJsonObject | null;
  pause: { open: { from: IsoDate; reason: string } } | { close: { id: string; until: IsoDate } } | null;
  /** A handler newly given the case, to be told. */
  newHandlerId: string | null;
}

const levelOf = (complexity: CaseRecord['complexity']) =>
  complexity === 'NORMAL' ? 'normal' : complexity === 'COMPLEX' ? 'complex' : 'especiallyComplex';

/** Why the law refuses a step, in words a ward officer understands. */
function refusal(r: CaseRecord, action: CaseActionBody['action']): string {
  if (action === 'close') return 'Vụ việc chưa có quyết định hoặc kết luận giải quyết thì không thể kết thúc';
  if (action === 'accept' && !r.kind) return 'Phải phân loại đơn (khiếu nại, tố cáo, kiến nghị, phản ánh) trước khi thụ lý';
  if (action === 'extend') {
    return r.kind !== 'DENUNCIATION'
      ? 'Chỉ gia hạn giải quyết tố cáo'
      : 'Đã hết số lần gia hạn cho phép với mức độ phức tạp của vụ việc';
  }
  if (r.pausedSince) return 'Vụ việc đang tạm dừng chờ công dân bổ sung: chỉ có thể tiếp tục, giao lại hoặc rút đơn';
  if (action === 'decide' && (r.kind === 'COMPLAINT' || r.kind === 'DENUNCIATION') && r.status === 'ACCEPTED') {
    return 'Khiếu nại, tố cáo phải được xác minh trước khi ra quyết định hoặc kết luận';
  }
  return `Không thể thực hiện bước này khi vụ việc ở trạng thái "${statusLabels[r.status]}"`;
}

/** The latest day already recorded: a step cannot take effect before it. */
const lastMilestone = (r: CaseRecord) =>
  [r.receivedOn, r.classifiedOn, r.acceptedOn, r.decidedOn, r.pausedSince, r.publishedOn, ...r.pauses.map((p) => p.until)]
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1)!;

function effectiveDay(r: CaseRecord, body: CaseActionBody, today: IsoDate): IsoDate {
  const on = ('on' in body ? body.on : undefined) ?? today;
  if (on > today) throw invalid('on', 'Ngày thực hiện không được sau hôm nay');
  if (on < lastMilestone(r)) throw invalid('on', 'Ngày thực hiện không được trước bước xử lý đã ghi');
  return on;
}

/** An organisation of the unit, and a handler on its staff or on the People's Committee's. */
async function checkAssignment(
  tx: Tx,
  cases: CaseRepository,
  unitId: string,
  organisationId: string | null,
  handlerId: string | null,
) {
  if (organisationId) {
    const org = await cases.organisation(tx, organisationId);
    if (!org || org.unitId !== unitId || !org.active) throw invalid('assignedOrganisationId', 'Tổ chức xử lý phải là tổ chức của đơn vị');
  }
  if (handlerId) {
    const user = await cases.user(tx, handlerId);
    const staff = user?.roles.some((r) => r.role === 'ORG_LEADER' || r.role === 'ORG_OFFICER');
    const ofOrganisation =
      user?.organisationId != null &&
      (user.organisationId === organisationId || user.organisation?.kind === 'PEOPLES_COMMITTEE');
    if (!user || user.unitId !== unitId || !user.active || !staff || !ofOrganisation) {
      throw invalid('handlerId', 'Người xử lý phải là cán bộ của tổ chức được giao hoặc của UBND');
    }
  }
}

const documentOf = (body: CaseActionBody) => ({
  documentNumber: 'documentNumber' in body ? (body.documentNumber ?? null) : null,
  documentDate: 'documentDate' in body ? (body.documentDate ?? null) : null,
});

export async function planStep(
  tx: Tx,
  cases: CaseRepository,
  r: CaseRecord,
  body: CaseActionBody,
  ctx: RequestContext,
  context: { today: IsoDate; law: LegalSettings },
): Promise<StepPlan> {
  const { today, law } = context;
  if (!allowedActions(stepFacts(r), law).includes(body.action)) throw notAllowed(refusal(r, body.action));
  const on = body.action === 'classify' || body.action === 'mark-duplicate' || body.action === 'assign' ? today : effectiveDay(r, body, today);
  const plan: StepPlan = {
    columns: {},
    toStatus: actionTarget[body.action] ?? r.status,
    on,
    ...documentOf(body),
    note: 'note' in body ? (body.note ?? null) : null,
    data: null,
    pause: null,
    newHandlerId: null,
  };
  const outcome = (columns: CaseColumns) => {
    plan.columns = { ...columns, handledOn: on };
  };

  switch (body.action) {
    case 'classify': {
      const anonymous = body.anonymous ?? r.anonymous;
      if (anonymous && r.petitioners.length) throw invalid('anonymous', 'Đơn đã ghi người gửi thì không phải đơn nặc danh');
      if (!anonymous && !r.petitioners.length) throw invalid('anonymous', 'Đơn chưa ghi người gửi: bổ sung người gửi trước');
      if (r.relation === 'SECOND_INSTANCE' && body.kind !== 'COMPLAINT') throw invalid('kind', 'Khiếu nại lần hai là một khiếu nại');
      // Reclassifying a denunciation unmasks the denouncer: only those who may see them decide it.
      if (r.kind === 'DENUNCIATION' && body.kind !== 'DENUNCIATION' && !can(ctx.actor, 'case:view-identity', caseResource(r))) {
        throw new AppError('FORBIDDEN', {
          message: 'Chỉ người xử lý hoặc lãnh đạo UBND được đổi loại đơn tố cáo, vì danh tính người tố cáo sẽ không còn được bảo mật',
        });
      }
      if (body.kind === 'DENUNCIATION') await cases.protectLetters(tx, r.id);
      plan.columns = {
        kind: body.kind,
        field: body.field ?? r.field,
        anonymous,
        severalLocations: body.severalLocations ?? r.severalLocations,
      };
      plan.data = { kind: body.kind, previousKind: r.kind };
      break;
    }
    case 'accept': {
      if (r.kind === 'DENUNCIATION' && r.anonymous) {
        throw notAllowed('Tố cáo nặc danh không được thụ lý giải quyết theo Luật Tố cáo (Điều 25): chuyển, lưu hoặc xử lý theo thẩm quyền');
      }
      const organisationId = body.assignedOrganisationId === undefined ? r.assignedOrganisationId : body.assignedOrganisationId;
      const handlerId = body.handlerId === undefined ? r.handlerId : body.handlerId;
      await checkAssignment(tx, cases, r.unitId, organisationId, handlerId);
      plan.columns = { classifiedOn: r.classifiedOn ?? on, acceptedOn: on, assignedOrganisationId: organisationId, handlerId };
      if (handlerId && handlerId !== r.handlerId) plan.newHandlerId = handlerId;
      break;
    }
    case 'decline':
      outcome({ classifiedOn: on, declineReasonCode: body.reasonCode, declineReason: body.reason });
      plan.note = body.reason;
      plan.data = { reasonCode: body.reasonCode };
      break;
    case 'forward':
      if (body.letterDate > today || body.letterDate < r.receivedOn) {
        throw invalid('letterDate', 'Ngày văn bản chuyển đơn phải từ ngày nhận đơn đến hôm nay');
      }
      outcome({ classifiedOn: on, forwardedTo: body.forwardedTo, forwardLetterNumber: body.letterNumber, forwardLetterDate: body.letterDate });
      plan.documentNumber = body.letterNumber;
      plan.documentDate = body.letterDate;
      plan.data = { forwardedTo: body.forwardedTo };
      break;
    case 'guide':
      outcome({ classifiedOn: on });
      break;
    case 'file':
      outcome({ classifiedOn: on });
      plan.note = body.reason;
      break;
    case 'mark-duplicate': {
      const first = await cases.find(tx, body.duplicateOfId);
      if (!first || first.unitId !== r.unitId || first.id === r.id) {
        throw invalid('duplicateOfId', 'Chọn một đơn khác của đơn vị');
      }
      if (first.status === 'DUPLICATE') throw invalid('duplicateOfId', `Đơn ${first.number} cũng là đơn trùng: chọn đơn đầu tiên`);
      const earlier = first.receivedOn < r.receivedOn || (first.receivedOn === r.receivedOn && (first.year < r.year || (first.year === r.year && first.seq < r.seq)));
      if (!earlier) throw invalid('duplicateOfId', 'Đơn trùng được gắn với đơn nhận trước nó');
      plan.columns = { duplicateOfId: first.id, closedOn: on };
      plan.data = { duplicateOfId: first.id, duplicateOfNumber: first.number };
      break;
    }
    case 'assign':
      await checkAssignment(tx, cases, r.unitId, body.assignedOrganisationId, body.handlerId);
      plan.columns = { assignedOrganisationId: body.assignedOrganisationId, handlerId: body.handlerId };
      plan.data = { assignedOrganisationId: body.assignedOrganisationId, handlerId: body.handlerId };
      if (body.handlerId && body.handlerId !== r.handlerId) plan.newHandlerId = body.handlerId;
      break;
    case 'set-complexity':
      if (r.kind === 'DENUNCIATION' && r.extensionDays.length > allowedExtensions(law, levelOf(body.complexity))) {
        throw invalid('complexity', 'Vụ việc đã được gia hạn nhiều lần hơn mức độ phức tạp này cho phép');
      }
      plan.columns = { complexity: body.complexity, remote: body.remote };
      plan.data = { complexity: body.complexity, remote: body.remote };
      break;
    case 'extend':
      if (body.days > law.denunciation.extension.days) {
        throw invalid('days', `Mỗi lần gia hạn không được quá ${law.denunciation.extension.days} ngày`);
      }
      plan.columns = { extensionDays: [...r.extensionDays, body.days] };
      plan.data = { days: body.days };
      break;
    case 'pause':
      plan.columns = { pausedSince: on };
      plan.pause = { open: { from: on, reason: body.note } };
      break;
    case 'resume': {
      const open = r.pauses.find((p) => p.until === null);
      plan.columns = { pausedSince: null };
      if (open) plan.pause = { close: { id: open.id, until: on } };
      break;
    }
    case 'start-verification':
    case 'hold-dialogue':
      break;
    case 'decide':
      outcome({ decidedOn: on, decisionNumber: body.documentNumber, outcome: body.outcome });
      plan.documentDate = on;
      plan.note = body.outcome;
      break;
    case 'publish':
      plan.columns = { publishedOn: on };
      break;
    case 'close':
      plan.columns = { closedOn: on };
      break;
    case 'withdraw': {
      outcome({ closedOn: on, pausedSince: null });
      const open = r.pauses.find((p) => p.until === null);
      if (open) plan.pause = { close: { id: open.id, until: on } };
      break;
    }
  }
  if (plan.toStatus !== r.status) plan.columns.status = plan.toStatus;
  return plan;
}

/** A step that brings the case to an outcome (the Front is told about what it forwarded). */
export const reachesOutcome = (from: CaseStatus, to: CaseStatus) => !handledStatuses.includes(from) && handledStatuses.includes(to);
