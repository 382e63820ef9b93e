// The legal time limits as a flat list of editable rows, addressed by their path in LegalSettings.
import type { LegalSettings, TimeLimit } from '@phoihop/shared/legal-rules';

export const limitPaths = [
  'letterProcessing',
  'complaint.filingLimit',
  'complaint.acceptance',
  'complaint.resolution.normal',
  'complaint.resolution.complex',
  'complaint.resolution.remote',
  'complaint.resolution.remoteComplex',
  'complaint.secondAcceptance',
  'complaint.secondResolution.normal',
  'complaint.secondResolution.complex',
  'complaint.secondResolution.remote',
  'complaint.secondResolution.remoteComplex',
  'denunciation.initialHandling',
  'denunciation.initialHandlingSeveral',
  'denunciation.resolution',
  'denunciation.extension',
  'petitionAnswer',
  'publication',
  'supervisionReply',
  'voterPetitionAnswer',
] as const;
export type LimitPath = (typeof limitPaths)[number];

export function limitAt(settings: LegalSettings, path: LimitPath): TimeLimit {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], settings) as TimeLimit;
}

/** A copy of `settings` with the limit at `path` changed. */
export function withLimit(
  settings: LegalSettings,
  path: LimitPath,
  patch: Partial<TimeLimit>,
): LegalSettings {
  const copy = structuredClone(settings);
  const keys = path.split('.');
  const parent = keys
    .slice(0, -1)
    .reduce<Record<string, unknown>>(
      (node, key) => node[key] as Record<string, unknown>,
      copy as unknown as Record<string, unknown>,
    );
  const last = keys[keys.length - 1]!;
  parent[last] = { ...(parent[last] as TimeLimit), ...patch };
  return copy;
}
