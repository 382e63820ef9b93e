// Deployment-wide settings (app_settings): one JSON value per key, versioned for If-Match.
import type { Db, Tx } from '../../db/prisma.ts';

export function createSettingRepository(db: Db) {
  return {
    find: (key: string, tx: Tx = db) =>
      tx.appSetting.findUnique({ where: { key }, select: { value: true, version: true } }),

    /** Saves over `version` (0: not stored yet); false when someone saved in between. */
    async save(tx: Tx, key: string, value: object, version: number, userId: string): Promise<boolean> {
      if (version === 0) {
        const { count } = await tx.appSetting.createMany({
          data: [{ key, value, updatedById: userId }],
          skipDuplicates: true,
        });
        return count > 0;
      }
      const { count } = await tx.appSetting.updateMany({
        where: { key, version },
        data: { value, updatedById: userId, version: { increment: 1 } },
      });
      return count > 0;
    },
  };
}

export type SettingRepository = ReturnType<typeof createSettingRepository>;
