// Voter-contact meetings (NQLT 72/2025): before and after the People's Council's sessions or on a
// theme, managed by the Council's standing committee and the Front; answered petitions of
// earlier meetings are reported back at a later one; the compiled petitions export as XLSX.
import { todayInVietnam } from '@phoihop/shared/dates';
import { can } from '@phoihop/shared/policies';
import type {
  CreateVoterMeetingBody,
  ListVoterMeetingsQuery,
  UpdateVoterMeetingBody,
  VoterMeeting,
  VoterMeetingDetail,
} from '@phoihop/shared/voter-contact';
import type { Db, Tx } from '../../db/prisma.ts';
import { diffChanges, recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import { checkFile } from '../../lib/follow-ups.ts';
import { conflict, invalid, requireAllowed, requireReadable, versionConflict } from './civic-access.ts';
import { buildPetitionsWorkbook } from './petitions-xlsx.ts';
import type { MeetingData, MeetingRecord, VoterContactRepository } from './voter-contact.repository.ts';
import { petitionView } from './voter-petition-view.ts';

interface Deps {
  db: Db;
  voters: VoterContactRepository;
  now?: () => Date;
}

const meetingFields: (keyof MeetingData)[] = ['kind', 'councilSession', 'theme', 'heldOn', 'location', 'delegates', 'voterCount', 'note', 'minutesFileId'];

export function createVoterMeetingService({ db, voters, now = () => new Date() }: Deps) {
  const today = () => todayInVietnam(now());

  async function meetingViews(tx: Tx, meetings: MeetingRecord[]): Promise<VoterMeeting[]> {
    const counts = await voters.meetingCounts(tx, meetings.map((m) => m.id), today());
    return meetings.map(({ minutesFileId: _m, ...m }) => ({ ...m, petitions: counts(m.id) }));
  }

  async function detail(tx: Tx, id: string, ctx: RequestContext): Promise<VoterMeetingDetail> {
    const meeting = (await voters.findMeeting(tx, id))!;
    const [view] = await meetingViews(tx, [meeting]);
    const [raised, reportedBack] = await Promise.all([
      voters.petitionsOf(tx, { meetingId: id }),
      voters.petitionsOf(tx, { reportedBackAtId: id }),
    ]);
    return {
      ...view!,
      petitionList: raised.map((p) => petitionView(p, ctx.actor, today())),
      reportedBack: reportedBack.map((p) => petitionView(p, ctx.actor, today())),
      can: { manage: can(ctx.actor, 'voter-contact:manage', { unitId: meeting.unitId }) },
    };
  }

  const load = async (tx: Tx, id: string, ctx: RequestContext) => requireReadable(await voters.findMeeting(tx, id), ctx);

  function checkMeeting(data: MeetingData) {
    if (data.kind === 'THEMATIC' && !data.theme) throw invalid('theme', 'Ghi chủ đề của buổi tiếp xúc chuyên đề');
  }

  return {
    async listMeetings(query: ListVoterMeetingsQuery, ctx: RequestContext) {
      requireAllowed(ctx, 'supervision:read');
      const page = await voters.listMeetings(ctx.actor.unitId, query);
      return { items: await meetingViews(db, page.items), nextCursor: page.nextCursor };
    },

    async getMeeting(id: string, ctx: RequestContext): Promise<VoterMeetingDetail> {
      await load(db, id, ctx);
      return detail(db, id, ctx);
    },

    async createMeeting(body: CreateVoterMeetingBody, ctx: RequestContext): Promise<VoterMeetingDetail> {
      const unitId = ctx.actor.unitId;
      requireAllowed(ctx, 'voter-contact:manage');
      const data: MeetingData = {
        kind: body.kind,
        councilSession: body.councilSession ?? null,
        theme: body.theme ?? null,
        heldOn: body.heldOn,
        location: body.location,
        delegates: body.delegates,
        voterCount: body.voterCount ?? null,
        note: body.note ?? null,
        minutesFileId: body.minutesFileId ?? null,
      };
      checkMeeting(data);
      return db.$transaction(async (tx) => {
        await checkFile(tx, ctx, 'minutesFileId', data.minutesFileId, null);
        const id = await voters.createMeeting(tx, unitId, ctx.actor.id, data);
        await recordAudit(tx, ctx, {
          action: 'voter_meeting.create',
          entityType: 'VoterMeeting',
          entityId: id,
          unitId,
          changes: { kind: data.kind, heldOn: data.heldOn, location: data.location, councilSession: data.councilSession },
        });
        return detail(tx, id, ctx);
      });
    },

    async updateMeeting(id: string, version: number, body: UpdateVoterMeetingBody, ctx: RequestContext): Promise<VoterMeetingDetail> {
      return db.$transaction(async (tx) => {
        const current = await load(tx, id, ctx);
        requireAllowed(ctx, 'voter-contact:manage', { unitId: current.unitId });
        const pick = <K extends keyof MeetingData>(key: K): MeetingData[K] =>
          (body[key] === undefined ? current[key] : body[key]) as MeetingData[K];
        const data = Object.fromEntries(meetingFields.map((k) => [k, pick(k)])) as unknown as MeetingData;
        checkMeeting(data);
        await checkFile(tx, ctx, 'minutesFileId', data.minutesFileId, current.minutesFileId);
        if (!(await voters.updateMeeting(tx, id, version, data))) throw versionConflict(current.version);
        await recordAudit(tx, ctx, {
          action: 'voter_meeting.update',
          entityType: 'VoterMeeting',
          entityId: id,
          unitId: current.unitId,
          changes: diffChanges(current as MeetingData, data, meetingFields),
        });
        return detail(tx, id, ctx);
      });
    },

    /** Answered petitions of earlier meetings are reported back to the voters at this one. */
    async reportBack(id: string, petitionIds: string[], ctx: RequestContext): Promise<VoterMeetingDetail> {
      return db.$transaction(async (tx) => {
        const meeting = await load(tx, id, ctx);
        requireAllowed(ctx, 'voter-contact:manage', { unitId: meeting.unitId });
        const ids = [...new Set(petitionIds)];
        const petitions = await voters.findPetitions(tx, ids);
        ids.forEach((pid, index) => {
          const p = petitions.find((x) => x.id === pid);
          if (!p || p.unitId !== meeting.unitId) throw invalid(`petitionIds.${index}`, 'Không tìm thấy kiến nghị');
          if (p.status !== 'ANSWERED') throw conflict(`Kiến nghị số ${p.ordinal} (${p.meeting.heldOn}) chưa được trả lời hoặc đã thông báo lại cho cử tri`);
          if (p.meeting.heldOn >= meeting.heldOn || p.meeting.id === meeting.id) {
            throw conflict(`Kiến nghị số ${p.ordinal} không phải của một buổi tiếp xúc trước buổi này`);
          }
        });
        if ((await voters.markReportedBack(tx, ids, id)) !== ids.length) throw conflict('Kiến nghị vừa được người khác thay đổi, vui lòng tải lại');
        for (const p of petitions) {
          await recordAudit(tx, ctx, {
            action: 'voter_petition.report-back',
            entityType: 'VoterPetition',
            entityId: p.id,
            unitId: meeting.unitId,
            changes: { status: ['ANSWERED', 'REPORTED_BACK'], reportedBackAtId: id },
          });
        }
        return detail(tx, id, ctx);
      });
    },

    /** The meeting's petitions and answers as XLSX; the export of voters' names is on record. */
    async exportPetitions(id: string, ctx: RequestContext): Promise<{ data: Buffer; fileName: string }> {
      const meeting = await load(db, id, ctx);
      const petitions = await voters.petitionsOf(db, { meetingId: id });
      const unitName = await voters.unitName(meeting.unitId);
      await recordAudit(db, ctx, {
        action: 'voter_meeting.export',
        entityType: 'VoterMeeting',
        entityId: id,
        unitId: meeting.unitId,
        changes: { rows: petitions.length },
      });
      const data = await buildPetitionsWorkbook({ unitName, meeting, petitions: petitions.map((p) => petitionView(p, ctx.actor, today())) });
      return { data, fileName: `kien-nghi-cu-tri-${meeting.heldOn}.xlsx` };
    },
  };
}

export type VoterMeetingService = ReturnType<typeof createVoterMeetingService>;
