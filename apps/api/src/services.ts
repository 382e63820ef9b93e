// The one composition root: repositories and services wired once; tests swap parts here.
import type { Config } from './config/env.ts';
import type { Db } from './db/prisma.ts';
import { createAccountRepository } from './modules/auth/account.repository.ts';
import { createAuthService } from './modules/auth/auth.service.ts';
import { createSessionRepository } from './modules/auth/session.repository.ts';
import { createAuditRepository } from './modules/audit/audit.repository.ts';
import { createNotificationRepository } from './modules/notifications/notifications.repository.ts';
import { createOrganisationRepository } from './modules/organisations/organisations.repository.ts';
import { createOrganisationService } from './modules/organisations/organisations.service.ts';
import { createUnitRepository } from './modules/units/units.repository.ts';
import { createUnitService } from './modules/units/units.service.ts';
import { createUserRepository } from './modules/users/users.repository.ts';
import { createUserService } from './modules/users/users.service.ts';

export function createServices(db: Db, config: Config, now?: () => Date) {
  const accounts = createAccountRepository(db);
  const sessions = createSessionRepository(db);
  const notifications = createNotificationRepository(db);
  return {
    db,
    sessions,
    auth: createAuthService({ db, config, accounts, sessions, ...(now ? { now } : {}) }),
    units: createUnitService({ db, units: createUnitRepository(db) }),
    organisations: createOrganisationService({
      db,
      organisations: createOrganisationRepository(db),
    }),
    users: createUserService({
      db,
      users: createUserRepository(db),
      accounts,
      notifications,
      sessions,
    }),
    notifications,
    audit: createAuditRepository(db),
  };
}

export type Services = ReturnType<typeof createServices>;
