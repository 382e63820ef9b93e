// Each unit's standing report settings (issuing body, symbol, place, signer, recipients), kept in
// app_settings under `report:<unitId>`; until the unit saves its own, defaults from its name.
import { can } from '@phoihop/shared/policies';
import { reportSettingsSchema, type ReportSettings, type ReportSettingsView } from '@phoihop/shared/reports';
import type { Db } from '../../db/prisma.ts';
import { AppError, forbidden, notFound } from '../../lib/app-error.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import type { SettingRepository } from '../settings/settings.repository.ts';
import { defaultReportSettings, unitNaming, type UnitNaming } from './report-unit.ts';
import type { ReportUnitRepository } from './report-unit.repository.ts';

const reportSettingsKey = (unitId: string) => `report:${unitId}`;

export function createReportSettingsService(deps: { db: Db; settings: SettingRepository; units: ReportUnitRepository }) {
  const { db, settings, units } = deps;

  async function namingOf(unitId: string): Promise<UnitNaming> {
    const unit = await units.unit(unitId);
    if (!unit) throw notFound();
    return unitNaming(unit);
  }

  async function view(unitId: string): Promise<ReportSettingsView> {
    const row = await settings.find(reportSettingsKey(unitId));
    const stored = reportSettingsSchema.safeParse(row?.value);
    if (row && stored.success) return { settings: stored.data, version: row.version };
    const defaults = defaultReportSettings(await namingOf(unitId), await units.chairmanName(unitId));
    return { settings: defaults, version: row?.version ?? null };
  }

  return {
    namingOf,

    /** The settings a report of the unit starts from. */
    current: async (unitId: string): Promise<ReportSettings> => (await view(unitId)).settings,

    async get(ctx: RequestContext): Promise<ReportSettingsView> {
      if (!can(ctx.actor, 'report:read', { unitId: ctx.actor.unitId })) throw forbidden();
      return view(ctx.actor.unitId);
    },

    /**
     * Saves over `version` (If-Match). Without one, only while the unit has saved none: a second
     * admin must not overwrite settings they never saw.
     */
    async update(version: number | null, body: ReportSettings, ctx: RequestContext): Promise<ReportSettingsView> {
      const unitId = ctx.actor.unitId;
      if (!can(ctx.actor, 'report:configure', { unitId })) throw forbidden();
      const key = reportSettingsKey(unitId);
      await db.$transaction(async (tx) => {
        const before = await settings.find(key, tx);
        if (version === null && before) throw new AppError('PRECONDITION_REQUIRED');
        if (!(await settings.save(tx, key, body, version ?? 0, ctx.actor.id))) {
          throw new AppError('VERSION_CONFLICT', { meta: { currentVersion: before?.version ?? 0 } });
        }
        await recordAudit(tx, ctx, {
          action: 'report.settings.update',
          entityType: 'AppSetting',
          entityId: key,
          unitId,
          changes: { before: (before?.value ?? null) as never, after: body as never },
        });
      });
      return view(unitId);
    },
  };
}

export type ReportSettingsService = ReturnType<typeof createReportSettingsService>;
