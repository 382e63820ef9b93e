// The legal time limits (defaults from domain.md, unconfirmed ones editable by a system admin).
// Stored over the defaults, so a limit added to the code later keeps its default until set.
import { mergeLegalSettings, type LegalSettings } from '@phoihop/shared/legal-rules';
import { can } from '@phoihop/shared/policies';
import type { Db } from '../../db/prisma.ts';
import { AppError, forbidden } from '../../lib/app-error.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import type { SettingRepository } from './settings.repository.ts';

const KEY = 'legal';

export interface LegalSettingsView {
  settings: LegalSettings;
  /** Null while the defaults apply. */
  version: number | null;
}

export function createLegalSettingsService({ db, settings }: { db: Db; settings: SettingRepository }) {
  /** Told after a change is committed: stored deadlines are recomputed on the new limits. */
  const listeners: (() => Promise<void>)[] = [];

  async function view(): Promise<LegalSettingsView> {
    const row = await settings.find(KEY);
    return { settings: mergeLegalSettings(row?.value), version: row?.version ?? null };
  }

  return {
    get: view,

    current: async (): Promise<LegalSettings> => (await view()).settings,

    async update(version: number, body: LegalSettings, ctx: RequestContext): Promise<LegalSettingsView> {
      if (!can(ctx.actor, 'settings:manage')) throw forbidden();
      await db.$transaction(async (tx) => {
        const before = await settings.find(KEY, tx);
        if (!(await settings.save(tx, KEY, body, version, ctx.actor.id))) {
          throw new AppError('VERSION_CONFLICT', { meta: { currentVersion: before?.version ?? 0 } });
        }
        await recordAudit(tx, ctx, {
          action: 'settings.legal.update',
          entityType: 'AppSetting',
          entityId: KEY,
          unitId: null,
          changes: { before: (before?.value ?? null) as never, after: body as never },
        });
      });
      for (const listener of listeners) await listener();
      return view();
    },

    onChange(listener: () => Promise<void>) {
      listeners.push(listener);
    },
  };
}

export type LegalSettingsService = ReturnType<typeof createLegalSettingsService>;
