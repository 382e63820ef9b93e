// Records of a ward written straight into the database, dated as the figure tests need them:
// letters, mediation, supervision, voter contact, reception, criticism, suggestion boxes and a plan.
import { randomUUID } from 'node:crypto';
import { searchTextOf } from '@phoihop/shared/text';
import type { Db } from '../../src/db/prisma.ts';

const day = (date: string) => new Date(`${date}T00:00:00Z`);
const uid = () => randomUUID().slice(0, 8);

export function reportRecords(db: Db, unitId: string, userId: string, organisationId: string) {
  let seq = 0;
  const created = { createdById: userId };

  return {
    async letter(input: {
      receivedOn: string;
      handledOn?: string;
      onTime?: boolean;
      status?: 'RECEIVED' | 'ACCEPTED' | 'DECIDED' | 'CLOSED' | 'FORWARDED' | 'DUPLICATE';
      duplicateOfId?: string;
    }) {
      seq += 1;
      const year = Number(input.receivedOn.slice(0, 4));
      const number = `${year}/${String(seq).padStart(4, '0')}`;
      return db.case.create({
        data: {
          unitId,
          year,
          seq,
          number,
          receivedOn: day(input.receivedOn),
          channel: 'POST',
          kind: 'PETITION',
          field: 'LAND',
          summary: `Đơn ${number}`,
          status: input.status ?? (input.handledOn ? 'CLOSED' : 'RECEIVED'),
          duplicateOfId: input.duplicateOfId ?? null,
          handledOn: input.handledOn ? day(input.handledOn) : null,
          handledOnTime: input.handledOn ? (input.onTime ?? true) : null,
          searchText: searchTextOf(number),
          ...created,
        },
      });
    },

    async team(input: { establishedOn?: string; active?: boolean; mediators: boolean[] }) {
      const name = `Tổ hòa giải ${uid()}`;
      return db.mediationTeam.create({
        data: {
          unitId,
          name,
          area: 'Tổ dân phố 1',
          establishedOn: input.establishedOn ? day(input.establishedOn) : null,
          active: input.active ?? true,
          searchText: searchTextOf(name),
          mediators: {
            create: input.mediators.map((active, i) => ({ unitId, fullName: `Hòa giải viên ${i + 1}`, gender: i ? 'MALE' : 'FEMALE', active })),
          },
        },
      });
    },

    async mediationCase(teamId: string, input: { receivedOn: string; mediatedOn?: string; outcome: 'IN_PROGRESS' | 'SUCCESSFUL' | 'UNSUCCESSFUL' }) {
      return db.mediationCase.create({
        data: {
          unitId,
          teamId,
          title: 'Tranh chấp ranh giới đất',
          parties: [],
          field: 'LAND',
          receivedOn: day(input.receivedOn),
          mediatedOn: input.mediatedOn ? day(input.mediatedOn) : null,
          outcome: input.outcome,
          searchText: 'tranh chap',
          ...created,
        },
      });
    },

    async supervision(input: { title: string; kind: 'THEMATIC' | 'REGULAR' | 'JOINT_COUNCIL'; from: string; to: string }) {
      return db.supervision.create({
        data: {
          unitId,
          title: input.title,
          kind: input.kind,
          leadOrganisationId: organisationId,
          periodFrom: day(input.from),
          periodTo: day(input.to),
          searchText: searchTextOf(input.title),
          ...created,
        },
      });
    },

    async recommendation(supervisionId: string, input: { sentOn: string; dueOn: string; answeredOn?: string }) {
      seq += 1;
      return db.recommendation.create({
        data: {
          unitId,
          supervisionId,
          ordinal: seq,
          content: 'Kiến nghị',
          addresseeName: 'UBND phường',
          sentOn: day(input.sentOn),
          dueOn: day(input.dueOn),
          status: input.answeredOn ? 'ANSWERED' : 'UNANSWERED',
          answeredOn: input.answeredOn ? day(input.answeredOn) : null,
          searchText: 'kien nghi',
        },
      });
    },

    /** A voter meeting and its petitions, each answered on the given day or not. */
    async voterMeeting(heldOn: string, petitions: (string | null)[]) {
      return db.voterMeeting.create({
        data: {
          unitId,
          kind: 'BEFORE_SESSION',
          heldOn: day(heldOn),
          location: 'Nhà văn hóa',
          searchText: 'tiep xuc',
          ...created,
          petitions: {
            create: petitions.map((answeredOn, i) => ({
              unitId,
              ordinal: i + 1,
              content: 'Kiến nghị của cử tri',
              field: 'INFRASTRUCTURE',
              status: answeredOn ? 'ANSWERED' : 'RECORDED',
              answeredOn: answeredOn ? day(answeredOn) : null,
              searchText: 'kien nghi',
            })),
          },
        },
      });
    },

    async receptionSession(heldOn: string, visits: number) {
      return db.receptionSession.create({
        data: {
          unitId,
          heldOn: day(heldOn),
          kind: 'REGULAR',
          hostNames: 'Chủ tịch UBND',
          ...created,
          visits: { create: Array.from({ length: visits }, (_, i) => ({ unitId, citizenName: `Công dân ${i + 1}`, content: 'Kiến nghị', ...created })) },
        },
      });
    },

    /** A draft sent for comment and its comments, each made at the given instant. */
    async draft(submittedOn: string, commentsAt: Date[]) {
      return db.draft.create({
        data: {
          unitId,
          title: 'Dự thảo kế hoạch',
          draftingBody: 'UBND phường',
          submittedOn: day(submittedOn),
          commentDeadline: day(submittedOn),
          searchText: 'du thao',
          ...created,
          comments: { create: commentsAt.map((createdAt) => ({ content: 'Góp ý', createdAt, ...created })) },
        },
      });
    },

    async boxOpening(openedOn: string, suggestions: number) {
      const name = `Hòm thư ${uid()}`;
      const box = await db.suggestionBox.create({ data: { unitId, name, location: 'Trụ sở', searchText: searchTextOf(name) } });
      const opening = await db.boxOpening.create({
        data: { unitId, boxId: box.id, openedOn: day(openedOn), openedBy: 'Ủy ban MTTQ', witnesses: 'Tổ dân phố', ...created },
      });
      await db.suggestion.createMany({
        data: Array.from({ length: suggestions }, () => ({ unitId, boxId: box.id, openingId: opening.id, summary: 'Góp ý', field: 'OTHER' as const, searchText: 'gop y', ...created })),
      });
      return opening;
    },

    async plan(year: number, title = `Chương trình phối hợp năm ${year}`) {
      return db.plan.create({ data: { unitId, year, title, status: 'IN_PROGRESS' } });
    },

    async area(planId: string, code: string, title: string) {
      return db.planItem.create({
        data: { unitId, planId, kind: 'AREA', position: Number(code), code, title, searchText: searchTextOf(title) },
      });
    },

    async task(
      planId: string,
      area: { id: string; code: string },
      input: {
        code: string;
        title: string;
        status?: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';
        completedOn?: string;
        targetValue?: number;
        achievedValue?: number;
        reportedPercent?: number;
        reports?: { on: string; text: string; achievedValue?: number; reportedPercent?: number }[];
      },
    ) {
      const task = await db.planItem.create({
        data: {
          unitId,
          planId,
          parentId: area.id,
          areaId: area.id,
          kind: 'TASK',
          position: Number(input.code.split('.').at(-1)),
          code: input.code,
          depth: 1,
          title: input.title,
          // The organisation's own task: its reports set the task's values (plan-progress.ts).
          leadOrganisationId: organisationId,
          status: input.status ?? 'IN_PROGRESS',
          completedOn: input.completedOn ? day(input.completedOn) : null,
          targetValue: input.targetValue ?? null,
          achievedValue: input.achievedValue ?? null,
          reportedPercent: input.reportedPercent ?? null,
          searchText: searchTextOf(input.title),
        },
      });
      for (const report of input.reports ?? []) {
        await db.progressUpdate.create({
          data: {
            unitId,
            taskId: task.id,
            organisationId,
            authorId: userId,
            reportedOn: day(report.on),
            text: report.text,
            achievedValue: report.achievedValue ?? null,
            reportedPercent: report.reportedPercent ?? null,
          },
        });
      }
      return task;
    },
  };
}
