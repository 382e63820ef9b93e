// Voter petitions: recorded at a meeting, classified and sent to the competent body (due
// voterPetitionAnswer days later), answered by that body (or, for a body outside the unit,
// recorded by the Council or the Front), reported back at a later meeting. The addressee's staff
// are told when it arrives and once when it becomes overdue.
import type { AnswerBody, FollowUpSummary } from '@phoihop/shared/follow-ups';
import { todayInVietnam } from '@phoihop/shared/dates';
import type {
  CreatePetitionBody,
  ListPetitionsQuery,
  SendPetitionBody,
  UpdatePetitionBody,
  VoterPetition,
} from '@phoihop/shared/voter-contact';
import type { Tx } from '../../db/prisma.ts';
import { diffChanges, recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import { checkFile, defaultDueOn, notifyOnce, overdueRecipients, type FollowUpDeps } from '../../lib/follow-ups.ts';
import { invalid, notAllowedNow, requireAllowed, requireReadable, versionConflict } from './civic-access.ts';
import { excerpt, notAfterToday, notifyStaff, requireOrganisation } from './civic-common.ts';
import type { CivicRefs } from './civic-refs.repository.ts';
import type { PetitionRecord, VoterContactRepository } from './voter-contact.repository.ts';
import { answerResource, petitionView } from './voter-petition-view.ts';

type Deps = FollowUpDeps & { voters: VoterContactRepository; refs: CivicRefs };

export function createVoterPetitionService(deps: Deps) {
  const { db, voters, refs, notifications } = deps;
  const now = deps.now ?? (() => new Date());
  const today = () => todayInVietnam(now());
  const view = (p: PetitionRecord, ctx: RequestContext) => petitionView(p, ctx.actor, today());
  const reload = async (tx: Tx, id: string, ctx: RequestContext) => view((await voters.findPetition(tx, id))!, ctx);
  const load = async (tx: Tx, id: string, ctx: RequestContext) => requireReadable(await voters.findPetition(tx, id), ctx);

  return {
    async listPetitions(query: ListPetitionsQuery, ctx: RequestContext) {
      requireAllowed(ctx, 'supervision:read');
      const page = await voters.listPetitions(ctx.actor.unitId, query, today(), ctx.actor.organisationId);
      return { ...page, items: page.items.map((p) => view(p, ctx)) };
    },

    async summary(query: { mine?: boolean | undefined }, ctx: RequestContext): Promise<FollowUpSummary> {
      requireAllowed(ctx, 'supervision:read');
      return voters.summary(ctx.actor.unitId, today(), query.mine ? ctx.actor.organisationId : undefined);
    },

    getPetition: async (id: string, ctx: RequestContext): Promise<VoterPetition> => view(await load(db, id, ctx), ctx),

    /** Numbered 1, 2, 3… within the meeting; concurrent additions queue on the meeting's row. */
    async createPetition(meetingId: string, body: CreatePetitionBody, ctx: RequestContext): Promise<VoterPetition> {
      return db.$transaction(async (tx) => {
        const meeting = requireReadable(await voters.findMeeting(tx, meetingId), ctx);
        requireAllowed(ctx, 'voter-contact:manage', { unitId: meeting.unitId });
        await voters.lockMeeting(tx, meetingId);
        const ordinal = await voters.nextOrdinal(tx, meetingId);
        const data = { ordinal, content: body.content, field: body.field, voterName: body.voterName ?? null };
        const id = await voters.createPetition(tx, meeting, data);
        await recordAudit(tx, ctx, {
          action: 'voter_petition.create',
          entityType: 'VoterPetition',
          entityId: id,
          unitId: meeting.unitId,
          changes: { meetingId, ordinal, field: data.field },
        });
        return reload(tx, id, ctx);
      });
    },

    async updatePetition(id: string, version: number, body: UpdatePetitionBody, ctx: RequestContext): Promise<VoterPetition> {
      return db.$transaction(async (tx) => {
        const current = await load(tx, id, ctx);
        requireAllowed(ctx, 'voter-contact:manage', { unitId: current.unitId });
        if (!['RECORDED', 'SENT'].includes(current.status)) throw notAllowedNow('Kiến nghị đã được trả lời, không sửa được nữa');
        const data = {
          content: body.content ?? current.content,
          field: body.field ?? current.field,
          voterName: body.voterName === undefined ? current.voterName : body.voterName,
        };
        if (!(await voters.updatePetition(tx, current, version, data))) throw versionConflict(current.version);
        await recordAudit(tx, ctx, {
          action: 'voter_petition.update',
          entityType: 'VoterPetition',
          entityId: id,
          unitId: current.unitId,
          changes: diffChanges(current, { ...current, ...data }, ['content', 'field', 'voterName']),
        });
        return reload(tx, id, ctx);
      });
    },

    /** Classify and send (or re-address while unanswered); the addressee's staff are told. */
    async send(id: string, version: number, body: SendPetitionBody, ctx: RequestContext): Promise<VoterPetition> {
      return db.$transaction(async (tx) => {
        const current = await load(tx, id, ctx);
        requireAllowed(ctx, 'voter-contact:manage', { unitId: current.unitId });
        if (!['RECORDED', 'SENT'].includes(current.status)) throw notAllowedNow('Kiến nghị đã được trả lời, không chuyển lại được');
        notAfterToday(body.sentOn, today(), 'sentOn');
        if (body.sentOn < current.meeting.heldOn) throw invalid('sentOn', 'Ngày chuyển phải từ ngày tiếp xúc cử tri trở đi');
        const organisationId = body.addresseeOrganisationId ?? null;
        const org = organisationId ? await requireOrganisation(tx, refs, organisationId, ctx, 'addresseeOrganisationId') : null;
        const data = {
          field: body.field ?? current.field,
          addresseeOrganisationId: organisationId,
          addresseeName: body.addresseeName ?? org!.name,
          sentOn: body.sentOn,
          dueOn: body.dueOn ?? (await defaultDueOn(deps, 'voterPetitionAnswer', body.sentOn)),
          status: 'SENT' as const,
          overdueNotifiedAt: null,
        };
        if (!(await voters.updatePetition(tx, current, version, data))) throw versionConflict(current.version);
        await recordAudit(tx, ctx, {
          action: current.status === 'RECORDED' ? 'voter_petition.send' : 'voter_petition.resend',
          entityType: 'VoterPetition',
          entityId: id,
          unitId: current.unitId,
          changes: {
            field: data.field,
            addresseeOrganisationId: data.addresseeOrganisationId,
            addresseeName: data.addresseeName,
            sentOn: data.sentOn,
            dueOn: data.dueOn,
          },
        });
        const addressedAnew = organisationId && organisationId !== current.addresseeOrganisationId;
        if (addressedAnew) {
          await notifyStaff(
            tx,
            notifications,
            {
              organisationId,
              unitId: current.unitId,
              kind: 'voter-petition',
              title: 'Kiến nghị của cử tri chuyển đến đơn vị bạn',
              body: excerpt(current.content),
              link: `/voter-contact/${current.meeting.id}`,
            },
            ctx,
          );
        }
        return reload(tx, id, ctx);
      });
    },

    async answer(id: string, version: number, body: AnswerBody, ctx: RequestContext): Promise<VoterPetition> {
      return db.$transaction(async (tx) => {
        const current = await load(tx, id, ctx);
        if (!['SENT', 'ANSWERED'].includes(current.status) || !current.sentOn) {
          requireAllowed(ctx, 'petition:answer', answerResource(current));
          throw notAllowedNow(current.status === 'RECORDED' ? 'Kiến nghị chưa được chuyển đến cơ quan giải quyết' : 'Kiến nghị đã được thông tin lại cho cử tri');
        }
        requireAllowed(ctx, 'petition:answer', answerResource(current));
        notAfterToday(body.answeredOn, today(), 'answeredOn');
        if (body.answeredOn < current.sentOn) throw invalid('answeredOn', 'Ngày trả lời phải từ ngày chuyển kiến nghị trở đi');
        const fileId = body.fileId === undefined ? current.answerFileId : body.fileId;
        await checkFile(tx, ctx, 'fileId', fileId, current.answerFileId);
        const data = {
          status: 'ANSWERED' as const,
          answerText: body.text,
          answeredOn: body.answeredOn,
          answerDocumentNumber: body.documentNumber ?? null,
          answerFileId: fileId,
        };
        if (!(await voters.updatePetition(tx, current, version, data))) throw versionConflict(current.version);
        await recordAudit(tx, ctx, {
          action: current.status === 'SENT' ? 'voter_petition.answer' : 'voter_petition.answer-update',
          entityType: 'VoterPetition',
          entityId: id,
          unitId: current.unitId,
          changes: { answeredOn: body.answeredOn, documentNumber: data.answerDocumentNumber, fileId, late: current.dueOn !== null && body.answeredOn > current.dueOn },
        });
        return reload(tx, id, ctx);
      });
    },

    /**
     * The hourly sweep: each petition still unanswered after its due day is notified once to each
     * active staff member of its addressee; for a body outside the unit, to the leaders of the
     * People's Council and the Front, who manage voter contact and chase the answer. Deduplicated
     * per user, so several API processes may run it. Returns the notices delivered.
     */
    async notifyOverdue(): Promise<number> {
      let delivered = 0;
      const at = now();
      // Batches of 500 until none is left: a province's backlog is not held back an hour per batch.
      for (;;) {
        const due = await voters.overdueToNotify(today());
        for (const p of due) {
          delivered += await db.$transaction(async (tx) => {
            const userIds = await overdueRecipients(tx, p, ['PEOPLES_COUNCIL', 'FATHERLAND_FRONT']);
            const count = await notifyOnce(
              tx,
              userIds.map((userId) => ({
                unitId: p.unitId,
                userId,
                kind: 'voter-petition-overdue',
                title: 'Kiến nghị của cử tri đã quá hạn trả lời',
                body: `${p.addresseeName ?? ''}: ${excerpt(p.content)}`,
                // The addressee's own late list; the managers chase an outside body's from the unit's.
                link: `/voter-contact/petitions?overdue=true${p.addresseeOrganisationId ? '&mine=true' : ''}`,
                dedupeKey: `petition-overdue:${p.id}`,
              })),
            );
            await voters.markOverdueNotified(tx, p.id, at);
            return count;
          });
        }
        if (due.length < 500) return delivered;
      }
    },
  };
}

export type VoterPetitionService = ReturnType<typeof createVoterPetitionService>;
