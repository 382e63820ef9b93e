// The counts behind the annual report's figures, as they stood on a day (asOf): one aggregate
// query per kind of record, each on the unit's own rows and the indexes of its lists. A record
// counts from the day it happened (received, held, sent), and an outcome only when it came by asOf.
import type { IsoDate } from '@phoihop/shared/dates';
import type { Db } from '../../db/prisma.ts';

/** The year's first day and the report's day, both counted. */
export interface FigurePeriod {
  unitId: string;
  from: IsoDate;
  asOf: IsoDate;
  /** The first instant after asOf in Vietnam, for records that carry only a timestamp. */
  asOfEnd: Date;
}

export interface CaseCounts {
  received: number;
  handled: number;
  handledOnTime: number;
  duplicates: number;
}

export interface MediationCounts {
  teams: number;
  mediators: number;
  cases: number;
  successful: number;
  concluded: number;
}

export interface SupervisionCounts {
  supervisions: number;
  thematic: number;
  joint: number;
  topics: string[];
  recommendations: number;
  answered: number;
  overdue: number;
}

export interface CivicCounts {
  meetings: number;
  petitions: number;
  petitionsAnswered: number;
  sessions: number;
  visits: number;
  drafts: number;
  comments: number;
  suggestions: number;
}

type CountRow = Record<string, bigint | number | null>;
const n = (row: CountRow | undefined, key: string) => Number(row?.[key] ?? 0);

export function createReportFigureRepository(db: Db) {
  return {
    /**
     * Letters received in the period; duplicates are kept apart (a letter sent again is one letter).
     * Handled: reached an outcome (handled_on) by asOf, so a letter answered later is pending.
     */
    async cases({ unitId, from, asOf }: FigurePeriod): Promise<CaseCounts> {
      const [row] = await db.$queryRaw<CountRow[]>`
        SELECT
          count(*) FILTER (WHERE c.status <> 'DUPLICATE') AS received,
          count(*) FILTER (WHERE c.status <> 'DUPLICATE' AND c.handled_on <= ${asOf}::date) AS handled,
          count(*) FILTER (WHERE c.status <> 'DUPLICATE' AND c.handled_on <= ${asOf}::date AND c.handled_on_time) AS "handledOnTime",
          count(*) FILTER (WHERE c.status = 'DUPLICATE') AS duplicates
        FROM cases c
        WHERE c.unit_id = ${unitId}::uuid AND c.received_on BETWEEN ${from}::date AND ${asOf}::date`;
      return { received: n(row, 'received'), handled: n(row, 'handled'), handledOnTime: n(row, 'handledOnTime'), duplicates: n(row, 'duplicates') };
    },

    /**
     * Teams active and recognised by asOf (a team without a recognition date counts), their active
     * mediators; mediation cases received in the period, concluded (thành / không thành) by asOf.
     */
    async mediation({ unitId, from, asOf }: FigurePeriod): Promise<MediationCounts> {
      const [teams] = await db.$queryRaw<CountRow[]>`
        SELECT count(DISTINCT t.id) AS teams, count(m.id) AS mediators
        FROM mediation_teams t
        LEFT JOIN mediators m ON m.team_id = t.id AND m.active
        WHERE t.unit_id = ${unitId}::uuid AND t.active
          AND (t.established_on IS NULL OR t.established_on <= ${asOf}::date)`;
      const [cases] = await db.$queryRaw<CountRow[]>`
        SELECT
          count(*) AS cases,
          count(*) FILTER (WHERE mc.outcome = 'SUCCESSFUL' AND coalesce(mc.mediated_on, mc.received_on) <= ${asOf}::date) AS successful,
          count(*) FILTER (WHERE mc.outcome <> 'IN_PROGRESS' AND coalesce(mc.mediated_on, mc.received_on) <= ${asOf}::date) AS concluded
        FROM mediation_cases mc
        WHERE mc.unit_id = ${unitId}::uuid AND mc.received_on BETWEEN ${from}::date AND ${asOf}::date`;
      return {
        teams: n(teams, 'teams'),
        mediators: n(teams, 'mediators'),
        cases: n(cases, 'cases'),
        successful: n(cases, 'successful'),
        concluded: n(cases, 'concluded'),
      };
    },

    /**
     * Supervisions whose period touches the year and had begun by asOf (the supervision list's
     * year filter); recommendations sent in the period, answered by asOf, overdue on asOf.
     */
    async supervision({ unitId, from, asOf }: FigurePeriod): Promise<SupervisionCounts> {
      const rows = await db.$queryRaw<{ kind: string; title: string }[]>`
        SELECT s.kind::text AS kind, s.title FROM supervisions s
        WHERE s.unit_id = ${unitId}::uuid AND s.period_from <= ${asOf}::date AND s.period_to >= ${from}::date
        ORDER BY s.period_from, s.title`;
      const [recs] = await db.$queryRaw<CountRow[]>`
        SELECT
          count(*) AS recommendations,
          count(*) FILTER (WHERE r.answered_on <= ${asOf}::date) AS answered,
          count(*) FILTER (WHERE r.due_on < ${asOf}::date AND (r.answered_on IS NULL OR r.answered_on > ${asOf}::date)) AS overdue
        FROM recommendations r
        WHERE r.unit_id = ${unitId}::uuid AND r.sent_on BETWEEN ${from}::date AND ${asOf}::date`;
      return {
        supervisions: rows.length,
        thematic: rows.filter((r) => r.kind === 'THEMATIC').length,
        joint: rows.filter((r) => r.kind === 'JOINT_COUNCIL').length,
        topics: rows.filter((r) => r.kind !== 'REGULAR').map((r) => r.title),
        recommendations: n(recs, 'recommendations'),
        answered: n(recs, 'answered'),
        overdue: n(recs, 'overdue'),
      };
    },

    /** Voter contact, citizen reception, social criticism and suggestion boxes in the period. */
    async civic({ unitId, from, asOf, asOfEnd }: FigurePeriod): Promise<CivicCounts> {
      const [row] = await db.$queryRaw<CountRow[]>`
        SELECT
          (SELECT count(*) FROM voter_meetings vm
            WHERE vm.unit_id = ${unitId}::uuid AND vm.held_on BETWEEN ${from}::date AND ${asOf}::date) AS meetings,
          (SELECT count(*) FROM voter_petitions p JOIN voter_meetings vm ON vm.id = p.meeting_id
            WHERE vm.unit_id = ${unitId}::uuid AND vm.held_on BETWEEN ${from}::date AND ${asOf}::date) AS petitions,
          (SELECT count(*) FROM voter_petitions p JOIN voter_meetings vm ON vm.id = p.meeting_id
            WHERE vm.unit_id = ${unitId}::uuid AND vm.held_on BETWEEN ${from}::date AND ${asOf}::date
              AND p.answered_on <= ${asOf}::date) AS "petitionsAnswered",
          (SELECT count(*) FROM reception_sessions rs
            WHERE rs.unit_id = ${unitId}::uuid AND rs.held_on BETWEEN ${from}::date AND ${asOf}::date) AS sessions,
          (SELECT count(*) FROM reception_visits v JOIN reception_sessions rs ON rs.id = v.session_id
            WHERE rs.unit_id = ${unitId}::uuid AND rs.held_on BETWEEN ${from}::date AND ${asOf}::date) AS visits,
          (SELECT count(DISTINCT d.id) FROM drafts d JOIN draft_comments dc ON dc.draft_id = d.id
            WHERE d.unit_id = ${unitId}::uuid AND d.submitted_on BETWEEN ${from}::date AND ${asOf}::date
              AND dc.created_at < ${asOfEnd}) AS drafts,
          (SELECT count(*) FROM drafts d JOIN draft_comments dc ON dc.draft_id = d.id
            WHERE d.unit_id = ${unitId}::uuid AND d.submitted_on BETWEEN ${from}::date AND ${asOf}::date
              AND dc.created_at < ${asOfEnd}) AS comments,
          (SELECT count(*) FROM suggestions s JOIN box_openings o ON o.id = s.opening_id
            WHERE o.unit_id = ${unitId}::uuid AND o.opened_on BETWEEN ${from}::date AND ${asOf}::date) AS suggestions`;
      return {
        meetings: n(row, 'meetings'),
        petitions: n(row, 'petitions'),
        petitionsAnswered: n(row, 'petitionsAnswered'),
        sessions: n(row, 'sessions'),
        visits: n(row, 'visits'),
        drafts: n(row, 'drafts'),
        comments: n(row, 'comments'),
        suggestions: n(row, 'suggestions'),
      };
    },
  };
}

export type ReportFigureRepository = ReturnType<typeof createReportFigureRepository>;
