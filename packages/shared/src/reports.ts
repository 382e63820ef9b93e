// The annual coordination report (issue 6): "Báo cáo kết quả phối hợp hoạt động giữa UBND với
// Ủy ban MTTQ và các tổ chức chính trị - xã hội năm YYYY; nhiệm vụ trọng tâm năm YYYY+1".
// The narrative is the author's; the figures come from the records. A figure sits in the text as
// a token {{key}} and is written out with its value at the report's date (asOf).
import { z } from 'zod';
import { dateTimeSchema, idSchema, MAX_VERSION, safeStringSchema } from './common.ts';
import { isoDateSchema } from './dates.ts';
import { listLinkSchema } from './links.ts';
import { rateSchema } from './percent.ts';
import { normalizeText } from './text.ts';
import { messageOf } from './validation-messages.ts';

// Report schemas are both request bodies and responses. The response serialiser encodes them, and
// zod cannot run a one-way `.transform()` backwards, so the text is normalised with `.overwrite()`
// (same type in and out) instead of common.ts's textSchema.

/** Trimmed NFC text on one line; blank refused. */
const lineSchema = (max: number) =>
  safeStringSchema()
    .overwrite(normalizeText)
    .min(1, messageOf('required'))
    .max(max, messageOf('maxChars', { max }));

/** Trimmed NFC text on one line; may be blank or missing. */
const optionalLineSchema = (max: number) =>
  safeStringSchema()
    .overwrite(normalizeText)
    .max(max, messageOf('maxChars', { max }))
    .nullable()
    .optional();

// --- Figures ------------------------------------------------------------------------------------

export const reportFigureKeys = [
  'cases.received',
  'cases.handled',
  'cases.pending',
  'cases.handledOnTime',
  'cases.onTimeRate',
  'cases.duplicates',
  'mediation.teams',
  'mediation.mediators',
  'mediation.cases',
  'mediation.successful',
  'mediation.inProgress',
  'mediation.successRate',
  'supervision.supervisions',
  'supervision.thematic',
  'supervision.joint',
  'supervision.topics',
  'supervision.recommendations',
  'supervision.recommendationsAnswered',
  'supervision.recommendationsOverdue',
  'voter.meetings',
  'voter.petitions',
  'voter.petitionsAnswered',
  'reception.sessions',
  'reception.visits',
  'criticism.drafts',
  'criticism.comments',
  'suggestions.received',
  'plan.tasks',
  'plan.tasksDone',
  'plan.tasksOverdue',
  'plan.progress',
] as const;
export const reportFigureKeySchema = z.enum(reportFigureKeys);
export type ReportFigureKey = z.infer<typeof reportFigureKeySchema>;

export const reportFigureSchema = z.object({
  key: reportFigureKeySchema,
  /** What it counts, e.g. "Đơn thư tiếp nhận". */
  label: z.string(),
  /** Null when it cannot be computed (a rate of nothing). */
  value: z.number().nullable(),
  /**
   * As the report writes it: "48", "05" (counts under 10 padded, as the ward's reports do), a rate
   * with its base "100% (22/22 vụ đã kết thúc hòa giải)", a list of topics.
   */
  text: z.string(),
  /** For a rate: its part, its whole and what the whole counts (the text writes them out). */
  rate: rateSchema.nullable().default(null),
  /** Where it comes from, in words: the records and the period counted. */
  source: z.string(),
  /** The filtered list behind it, when there is one. */
  link: listLinkSchema.nullable(),
});
export type ReportFigure = z.infer<typeof reportFigureSchema>;

const FIGURE_TOKEN = /\{\{\s*([a-zA-Z]+\.[a-zA-Z]+)\s*\}\}/g;

/** The text cut into plain strings and figure tokens, in order (for the preview and the DOCX). */
export function splitFigureTokens(text: string): (string | { key: string })[] {
  const parts: (string | { key: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(FIGURE_TOKEN)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ key: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Tokens in the text that name no figure (refused on save). */
export function unknownFigureTokens(text: string): string[] {
  const known = new Set<string>(reportFigureKeys);
  return splitFigureTokens(text).flatMap((p) =>
    typeof p !== 'string' && !known.has(p.key) ? [p.key] : [],
  );
}

/** The text with every token written out ("{{cases.received}}" → "48"); unknown tokens stay as they are. */
export function fillFigures(text: string, figures: readonly ReportFigure[]): string {
  const byKey = new Map(figures.map((f) => [f.key as string, f.text]));
  return splitFigureTokens(text)
    .map((p) => (typeof p === 'string' ? p : (byKey.get(p.key) ?? `{{${p.key}}}`)))
    .join('');
}

// --- Content: what the author edits ------------------------------------------------------------

/** Paragraphs separated by new lines; a line starting "- " is a dash item, as the ward writes them. */
const reportTextSchema = safeStringSchema()
  .overwrite((s) => s.normalize('NFC'))
  .max(20_000, messageOf('maxChars', { max: 20000 }));

export const reportSubsectionSchema = z.object({
  title: lineSchema(500),
  text: reportTextSchema,
});
export type ReportSubsection = z.infer<typeof reportSubsectionSchema>;

/** A section (I., II., III.) and its numbered parts (1., 2.); the DOCX numbers them. */
export const reportSectionSchema = z.object({
  title: lineSchema(500),
  text: reportTextSchema,
  children: z.array(reportSubsectionSchema).max(50),
});
export type ReportSection = z.infer<typeof reportSectionSchema>;

export const annualReportContentSchema = z.object({
  /** The summary title (trích yếu) as lines, under "BÁO CÁO". */
  title: z.array(lineSchema(200)).min(1).max(6),
  intro: reportTextSchema,
  sections: z.array(reportSectionSchema).min(1).max(10),
  closing: reportTextSchema,
});
export type AnnualReportContent = z.infer<typeof annualReportContentSchema>;

// --- Header: the issuing body, number, place, signer, recipients -------------------------------

export const authorityPrefixes = ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.'] as const;

export const reportSignatureSchema = z.object({
  /** On whose behalf, in order: [{TM., ỦY BAN NHÂN DÂN}, {KT., CHỦ TỊCH}]; empty when the head signs. */
  authority: z.array(z.object({ prefix: z.enum(authorityPrefixes), of: lineSchema(80) })).max(3),
  /** The signer's own title, e.g. "PHÓ CHỦ TỊCH"; null after "Q. CHỦ TỊCH". */
  title: optionalLineSchema(80),
  name: lineSchema(80),
});
export type ReportSignature = z.infer<typeof reportSignatureSchema>;

/** A unit's standing report settings (System settings → "Báo cáo"): what every report repeats. */
export const reportSettingsSchema = z.object({
  /** Governing body lines, e.g. ["UBND TỈNH HÀ TĨNH"]; often none for a ward's People's Committee. */
  issuerParent: z.array(lineSchema(80)).max(3),
  /** Issuing body lines, e.g. ["ỦY BAN NHÂN DÂN", "PHƯỜNG HOÀNH SƠN"]. */
  issuerName: z.array(lineSchema(80)).min(1).max(3),
  /** After the slash: "BC-UBND". */
  symbol: lineSchema(30),
  /** Place of the date line: "Hoành Sơn". */
  place: lineSchema(80),
  signature: reportSignatureSchema,
  recipients: z.object({
    to: z.array(lineSchema(200)).max(20),
    /** Kept after "VT", e.g. the drafting office "VP". */
    archive: z.array(lineSchema(50)).max(5),
  }),
});
export type ReportSettings = z.infer<typeof reportSettingsSchema>;

export const reportSettingsViewSchema = z.object({
  settings: reportSettingsSchema,
  /** Null while the unit has saved none (defaults drawn from the unit's name). */
  version: z.number().int().positive().nullable(),
});
export type ReportSettingsView = z.infer<typeof reportSettingsViewSchema>;

/** The header of one report: the settings plus its number (left blank until registered) and date. */
export const annualReportHeaderSchema = reportSettingsSchema.extend({
  number: z.number().int().positive().nullable(),
  date: isoDateSchema,
});
export type AnnualReportHeader = z.infer<typeof annualReportHeaderSchema>;

// --- Drafts and versions -------------------------------------------------------------------------

export const reportYearParamsSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
});
export const reportVersionParamsSchema = reportYearParamsSchema.extend({
  versionNo: z.coerce.number().int().min(1).max(MAX_VERSION),
});

/** ?asOf=YYYY-MM-DD: the report's date; by default today, or 31/12 of a past year. */
export const reportDraftQuerySchema = z.object({ asOf: isoDateSchema.optional() });

/** A report generated from the records, not yet saved. */
export const annualReportDraftSchema = z.object({
  year: z.number().int(),
  asOf: isoDateSchema,
  header: annualReportHeaderSchema,
  content: annualReportContentSchema,
  figures: z.array(reportFigureSchema),
  /** The plans it drew from (this year's, next year's), null when missing. */
  plan: z.object({ id: idSchema, title: z.string() }).nullable(),
  nextPlan: z.object({ id: idSchema, title: z.string() }).nullable(),
  /** Number of the newest saved version, null when none: send it as `basedOn` when saving. */
  latestVersionNo: z.number().int().nullable(),
});
export type AnnualReportDraft = z.infer<typeof annualReportDraftSchema>;

export const saveAnnualReportBodySchema = z.object({
  /** The newest version the author started from (null for the first): 409 if another was saved since. */
  basedOn: z.number().int().positive().nullable(),
  asOf: isoDateSchema,
  header: annualReportHeaderSchema,
  content: annualReportContentSchema,
  note: optionalLineSchema(500),
});
export type SaveAnnualReportBody = z.infer<typeof saveAnnualReportBodySchema>;

export const annualReportVersionSummarySchema = z.object({
  id: idSchema,
  year: z.number().int(),
  versionNo: z.number().int(),
  asOf: isoDateSchema,
  note: z.string().nullable(),
  createdBy: z.object({ id: idSchema, fullName: z.string() }),
  createdAt: dateTimeSchema,
});
export type AnnualReportVersionSummary = z.infer<typeof annualReportVersionSummarySchema>;

/** A saved version: its figures are the values computed when it was saved. */
export const annualReportVersionSchema = annualReportVersionSummarySchema.extend({
  header: annualReportHeaderSchema,
  content: annualReportContentSchema,
  figures: z.array(reportFigureSchema),
});
export type AnnualReportVersion = z.infer<typeof annualReportVersionSchema>;

export const listAnnualReportVersionsSchema = z.object({
  items: z.array(annualReportVersionSummarySchema),
});

/** GET /reports/annual/:year/figures: the figures' live values at a date, for the editor. */
export const annualReportFiguresSchema = z.object({
  asOf: isoDateSchema,
  figures: z.array(reportFigureSchema),
});
export type AnnualReportFigures = z.infer<typeof annualReportFiguresSchema>;

/** A year that has a plan or a saved report (GET /reports/annual). */
export const annualReportYearSchema = z.object({
  year: z.number().int(),
  plan: z.object({ id: idSchema, title: z.string() }).nullable(),
  latestVersion: annualReportVersionSummarySchema.nullable(),
});
export type AnnualReportYear = z.infer<typeof annualReportYearSchema>;

/** Newest year first. */
export const listAnnualReportYearsSchema = z.object({ items: z.array(annualReportYearSchema) });
