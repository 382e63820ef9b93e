// The time limits the law sets for letters and cases (../shared/docs/domain.md). Numbers the
// sources could not confirm are marked `unconfirmed`: they are settings an admin may change,
// with these defaults, and the SPA says so where it shows them.
import { z } from 'zod';
import { safeStringSchema } from './common.ts';
import type { DayKind } from './deadlines.ts';

export interface TimeLimit {
  days: number;
  kind: DayKind;
  /** Legal basis, shown next to the deadline. */
  basis: string;
  unconfirmed?: boolean;
}

export type ResolutionVariant = 'normal' | 'complex' | 'remote' | 'remoteComplex';

export interface LegalSettings {
  /** Xử lý đơn: classify a letter and decide what to do with it. */
  letterProcessing: TimeLimit;
  complaint: {
    filingLimit: TimeLimit;
    acceptance: TimeLimit;
    resolution: Record<ResolutionVariant, TimeLimit>;
    secondAcceptance: TimeLimit;
    secondResolution: Record<ResolutionVariant, TimeLimit>;
  };
  denunciation: {
    /** Log, classify and check (several locations: `initialHandlingSeveral`). */
    initialHandling: TimeLimit;
    initialHandlingSeveral: TimeLimit;
    resolution: TimeLimit;
    /** One extension for a complex case, two for an especially complex one, each at most this. */
    extension: TimeLimit;
    maxExtensions: { complex: number; especiallyComplex: number };
  };
  /** An answer to a petition or feedback (kiến nghị, phản ánh): no general law sets one. */
  petitionAnswer: TimeLimit;
  /** Grassroots democracy: publish within this after the decision when no sector law says. */
  publication: TimeLimit;
  /** A written reply to the Front's supervision recommendations. */
  supervisionReply: TimeLimit;
  /** An answer to a voter petition sent to the competent body after a voter-contact meeting. */
  voterPetitionAnswer: TimeLimit;
}

const cal = (days: number, basis: string, unconfirmed = false): TimeLimit => ({
  days,
  kind: 'calendar',
  basis,
  ...(unconfirmed ? { unconfirmed } : {}),
});
const work = (days: number, basis: string, unconfirmed = false): TimeLimit => ({
  days,
  kind: 'working',
  basis,
  ...(unconfirmed ? { unconfirmed } : {}),
});

export const defaultLegalSettings: LegalSettings = {
  letterProcessing: cal(10, 'Thủ tục xử lý đơn (Cổng DVC quốc gia)', true),
  complaint: {
    filingLimit: cal(90, 'Luật Khiếu nại 2011, Điều 9'),
    acceptance: cal(10, 'Luật Khiếu nại 2011, Điều 27'),
    resolution: {
      normal: cal(30, 'Luật Khiếu nại 2011, Điều 28'),
      complex: cal(45, 'Luật Khiếu nại 2011, Điều 28'),
      remote: cal(45, 'Luật Khiếu nại 2011, Điều 28'),
      remoteComplex: cal(60, 'Luật Khiếu nại 2011, Điều 28'),
    },
    secondAcceptance: cal(10, 'Luật Khiếu nại 2011, Điều 36', true),
    secondResolution: {
      normal: cal(45, 'Luật Khiếu nại 2011, Điều 37'),
      complex: cal(60, 'Luật Khiếu nại 2011, Điều 37'),
      remote: cal(60, 'Luật Khiếu nại 2011, Điều 37'),
      remoteComplex: cal(70, 'Luật Khiếu nại 2011, Điều 37'),
    },
  },
  denunciation: {
    initialHandling: work(7, 'Luật Tố cáo 2018, Điều 24', true),
    initialHandlingSeveral: work(10, 'Luật Tố cáo 2018, Điều 24', true),
    resolution: cal(30, 'Luật Tố cáo 2018, Điều 30'),
    extension: cal(30, 'Luật Tố cáo 2018, Điều 30'),
    maxExtensions: { complex: 1, especiallyComplex: 2 },
  },
  petitionAnswer: cal(30, 'Quy chế phối hợp của đơn vị (luật không quy định thời hạn chung)', true),
  publication: work(10, 'Luật Thực hiện dân chủ ở cơ sở 2022; Nghị định 59/2023', false),
  supervisionReply: cal(30, 'Luật MTTQ 2015 (sửa đổi 2025), NQLT 403/2017', true),
  voterPetitionAnswer: cal(30, 'NQLT 72/2025 (thời hạn trả lời ở cấp xã chưa được quy định)', true),
};

export type ComplexityLevel = 'normal' | 'complex' | 'especiallyComplex';

/** How many extension decisions a denunciation of this complexity may have. */
export function allowedExtensions(settings: LegalSettings, level: ComplexityLevel): number {
  return level === 'normal' ? 0 : settings.denunciation.maxExtensions[level];
}

/** The resolution limit of a complaint, first or second instance, by its recorded variant. */
export function complaintResolution(
  settings: LegalSettings,
  instance: 1 | 2,
  flags: { complex: boolean; remote: boolean },
): TimeLimit {
  const variant: ResolutionVariant = flags.remote
    ? flags.complex
      ? 'remoteComplex'
      : 'remote'
    : flags.complex
      ? 'complex'
      : 'normal';
  return (instance === 1 ? settings.complaint.resolution : settings.complaint.secondResolution)[
    variant
  ];
}

// --- Admin-editable settings -----------------------------------------------------------------

export const timeLimitSchema = z.object({
  days: z.number().int().min(1).max(365),
  kind: z.enum(['calendar', 'working']),
  basis: safeStringSchema().max(300),
  unconfirmed: z.boolean().optional(),
});

const variantsSchema = z.object({
  normal: timeLimitSchema,
  complex: timeLimitSchema,
  remote: timeLimitSchema,
  remoteComplex: timeLimitSchema,
});

export const legalSettingsSchema = z.object({
  letterProcessing: timeLimitSchema,
  complaint: z.object({
    filingLimit: timeLimitSchema,
    acceptance: timeLimitSchema,
    resolution: variantsSchema,
    secondAcceptance: timeLimitSchema,
    secondResolution: variantsSchema,
  }),
  denunciation: z.object({
    initialHandling: timeLimitSchema,
    initialHandlingSeveral: timeLimitSchema,
    resolution: timeLimitSchema,
    extension: timeLimitSchema,
    maxExtensions: z.object({
      complex: z.number().int().min(0).max(5),
      especiallyComplex: z.number().int().min(0).max(5),
    }),
  }),
  petitionAnswer: timeLimitSchema,
  publication: timeLimitSchema,
  supervisionReply: timeLimitSchema,
  voterPetitionAnswer: timeLimitSchema,
}) satisfies z.ZodType<LegalSettings>;

/** Stored settings over the defaults: a key missing from storage keeps its default. */
export function mergeLegalSettings(stored: unknown): LegalSettings {
  const parsed = legalSettingsSchema.partial().safeParse(stored ?? {});
  if (!parsed.success) return defaultLegalSettings;
  const s = parsed.data;
  return {
    ...defaultLegalSettings,
    ...s,
  };
}
