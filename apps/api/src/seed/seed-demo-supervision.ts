// The demo ward's supervision (source document I.5 and II): the People's Inspection Board and the
// community investment supervision board, the teams the Front set up in 2025 (the two-tier local
// government; with the People's Council on social welfare and the environment), their reports
// and recommendations, some answered on time, one late, one refused, some implemented, and this
// year's follow-up with a recommendation left overdue (prisma/seed/supervision.json). Written
// through the services as the demo users would, the clock moved to each action's day.
// Idempotent: seeded when the ward has no board and no supervision.
import { addDays, todayInVietnam, type IsoDate } from '@phoihop/shared/dates';
import {
  createBoardBodySchema,
  createRecommendationBodySchema,
  createSupervisionBodySchema,
  recordReportBodySchema,
  type RecommendationStatus,
} from '@phoihop/shared/supervision';
import demo from '../../../../prisma/seed/demo-ward.json' with { type: 'json' };
import seed from '../../../../prisma/seed/supervision.json' with { type: 'json' };
import type { Db } from '../db/prisma.ts';
import { demoContexts } from './demo-actors.ts';
import type { ServicesAt } from './seed-demo-plans.ts';

export interface SeededSupervision {
  boards: number;
  supervisions: number;
  recommendations: number;
}

interface MemberSeed {
  fullName: string;
  role: string;
  position: string;
  organisation: string | null;
}

interface SupervisionSeed {
  key: string;
  by: string;
  board?: string;
  title: string;
  kind: string;
  content: string;
  decisionNumber?: string;
  decisionDate?: string;
  decisionSigner?: string;
  lead: string;
  coOrganisers: string[];
  supervisedBodies: string[];
  periodFrom: string;
  periodTo: string;
  members: MemberSeed[];
  checks?: string[];
  started: string;
  report?: { on: string; text: string; findings: string };
  recommendations: {
    content: string;
    to: string | null;
    addresseeName?: string;
    sentOn: string;
    dueOn?: string;
    responses: { by: string; status: string; on: string; text: string; documentNumber?: string }[];
  }[];
  status?: { status: 'IN_PROGRESS' | 'FOLLOWING_UP' | 'CLOSED'; on: string }[];
}

export async function seedDemoSupervision(servicesAt: ServicesAt, db: Db, now = new Date()): Promise<SeededSupervision> {
  const seeded: SeededSupervision = { boards: 0, supervisions: 0, recommendations: 0 };
  const ward = await db.adminUnit.findUnique({ where: { code: demo.ward.code }, select: { id: true } });
  if (!ward) return seeded;
  const wardId = ward.id;
  if ((await db.supervision.count({ where: { unitId: wardId } })) + (await db.supervisionBoard.count({ where: { unitId: wardId } })) > 0) {
    return seeded;
  }

  let clock = now;
  const services = servicesAt(() => clock);
  const today = todayInVietnam(now);
  /** A day of the file: a date, or "today-N" / "today+N" counted from today. */
  const day = (value: string): IsoDate => {
    const relative = /^today([+-]\d+)$/.exec(value);
    return relative ? addDays(today, Number(relative[1])) : value;
  };
  /** Acts on `date` (09:00 in Vietnam), never later than now. */
  const on = (date: IsoDate) => {
    const at = new Date(`${date}T09:00:00+07:00`);
    clock = at < now ? at : now;
  };
  const { as, orgIdOf } = await demoContexts(db, wardId);
  const members = (list: MemberSeed[]) =>
    list.map(({ organisation, ...m }) => ({ ...m, organisationId: organisation ? orgIdOf(organisation) : null }));

  const boards = new Map<string, string>();
  for (const { key, members: list, ...board } of seed.boards) {
    on(board.decisionDate);
    const created = await services.supervision.createBoard(createBoardBodySchema.parse({ ...board, members: members(list) }), as('canbo-mttq'));
    boards.set(key, created.id);
    seeded.boards++;
  }

  /** "supervision#ordinal" → the recommendation's id, for the follow-ups that check it. */
  const recommendationIds = new Map<string, string>();
  for (const s of seed.supervisions as SupervisionSeed[]) {
    const front = as(s.by);
    on(day(s.decisionDate ?? s.periodFrom));
    let current = await services.supervision.createSupervision(
      createSupervisionBodySchema.parse({
        title: s.title,
        kind: s.kind,
        content: s.content,
        decisionNumber: s.decisionNumber ?? null,
        decisionDate: s.decisionDate ? day(s.decisionDate) : null,
        decisionSigner: s.decisionSigner ?? null,
        leadOrganisationId: orgIdOf(s.lead),
        coOrganiserIds: s.coOrganisers.map(orgIdOf),
        supervisedBodies: s.supervisedBodies,
        periodFrom: day(s.periodFrom),
        periodTo: day(s.periodTo),
        boardId: s.board ? boards.get(s.board) : null,
        members: members(s.members),
        checksRecommendationIds: (s.checks ?? []).map((ref) => recommendationIds.get(ref)),
      }),
      front,
    );
    seeded.supervisions++;
    if (day(s.started) > today) continue;
    on(day(s.started));
    current = await services.supervision.changeSupervisionStatus(current.id, current.version, { status: 'IN_PROGRESS' }, front);
    if (!s.report || day(s.report.on) > today) continue;
    on(day(s.report.on));
    current = await services.supervision.recordReport(
      current.id,
      current.version,
      recordReportBodySchema.parse({ text: s.report.text, findings: s.report.findings, reportedOn: day(s.report.on) }),
      front,
    );

    for (const r of s.recommendations) {
      if (day(r.sentOn) > today) continue;
      on(day(r.sentOn));
      let rec = await services.supervision.createRecommendation(
        current.id,
        createRecommendationBodySchema.parse({
          content: r.content,
          addresseeOrganisationId: r.to ? orgIdOf(r.to) : null,
          addresseeName: r.addresseeName ?? null,
          sentOn: day(r.sentOn),
          ...(r.dueOn ? { dueOn: day(r.dueOn) } : {}),
        }),
        front,
      );
      recommendationIds.set(`${s.key}#${rec.ordinal}`, rec.id);
      seeded.recommendations++;
      for (const response of r.responses) {
        if (day(response.on) > today) break;
        on(day(response.on));
        rec = await services.supervision.respond(
          rec.id,
          rec.version,
          {
            status: response.status as Exclude<RecommendationStatus, 'UNANSWERED'>,
            text: response.text,
            on: day(response.on),
            documentNumber: response.documentNumber ?? null,
          },
          as(response.by),
        );
      }
    }

    for (const step of s.status ?? []) {
      if (day(step.on) > today) break;
      on(day(step.on));
      current = await services.supervision.changeSupervisionStatus(current.id, current.version, { status: step.status }, front);
    }
  }
  return seeded;
}
