// The one composition root: repositories and services wired once; tests swap parts here.
import type { Config } from './config/env.ts';
import type { Db } from './db/prisma.ts';
import { createAccountRepository } from './modules/auth/account.repository.ts';
import { createPasswordHelpRepository } from './modules/auth/password-help.repository.ts';
import { createPasswordHelpService } from './modules/auth/password-help.service.ts';
import { createAuthService } from './modules/auth/auth.service.ts';
import { createSecondFactorRepository } from './modules/auth/second-factor.repository.ts';
import { createSecondFactorService } from './modules/auth/second-factor.service.ts';
import { createLoginThrottleRepository } from './modules/auth/login-throttle.repository.ts';
import { createLoginThrottle } from './modules/auth/login-throttle.service.ts';
import { createSessionRepository } from './modules/auth/session.repository.ts';
import { createAuditRepository } from './modules/audit/audit.repository.ts';
import { createNotificationRepository } from './modules/notifications/notifications.repository.ts';
import { createOrganisationRepository } from './modules/organisations/organisations.repository.ts';
import { createOrganisationService } from './modules/organisations/organisations.service.ts';
import { createUnitRepository } from './modules/units/units.repository.ts';
import { createUnitService } from './modules/units/units.service.ts';
import { createUserRepository } from './modules/users/users.repository.ts';
import { createUserService } from './modules/users/users.service.ts';
import { createCalendarRepository } from './modules/calendar/calendar.repository.ts';
import { createCalendarService } from './modules/calendar/calendar.service.ts';
import { createCaseServices } from './modules/cases/case-module.ts';
import { createReceptionServices } from './modules/reception/reception-module.ts';
import { createSupervisionServices } from './modules/supervision/supervision-module.ts';
import { createCivicServices } from './modules/civic/civic-module.ts';
import { createDigestRepository } from './modules/digest/digest.repository.ts';
import { createDigestService } from './modules/digest/digest.service.ts';
import { createAttachmentRepository } from './modules/attachments/attachments.repository.ts';
import { createNotificationService } from './modules/notifications/notifications.service.ts';
import { createAttachmentService } from './modules/attachments/attachments.service.ts';
import { createAmendmentRepository } from './modules/plans/amendments.repository.ts';
import { createPlanItemRepository } from './modules/plans/plan-items.repository.ts';
import { createPlanItemService } from './modules/plans/plan-items.service.ts';
import { createPlanRepository } from './modules/plans/plans.repository.ts';
import { createPlanService } from './modules/plans/plans.service.ts';
import { createPlanImportRepository } from './modules/plan-import/plan-import.repository.ts';
import { createPlanImportService } from './modules/plan-import/plan-import.service.ts';
import { createProgressRepository } from './modules/plans/progress.repository.ts';
import { createProgressService } from './modules/plans/progress.service.ts';
import { createReviewRepository } from './modules/plans/reviews.repository.ts';
import { createReviewService } from './modules/plans/reviews.service.ts';
import { createTaskRepository } from './modules/plans/tasks.repository.ts';
import { createTaskService } from './modules/plans/tasks.service.ts';
import { createRegulationRepository } from './modules/regulations/regulations.repository.ts';
import { createRegulationService } from './modules/regulations/regulations.service.ts';
import { createDashboardServices } from './modules/dashboard/dashboard-module.ts';
import { createExportServices } from './modules/exports/export-module.ts';
import { createReportServices } from './modules/reports/report-module.ts';
import { createSearchService } from './modules/search/search.service.ts';

/** The record services: plans, cases, reception, supervision, civic… */
function createCoreServices(db: Db, config: Config, now?: () => Date) {
  const accounts = createAccountRepository(db);
  const sessions = createSessionRepository(db);
  const secondFactors = createSecondFactorService({
    db,
    config,
    factors: createSecondFactorRepository(db),
    sessions,
    ...(now ? { now } : {}),
  });
  const notifications = createNotificationRepository(db);
  const clock = now ? { now } : {};
  const throttles = createLoginThrottleRepository(db);
  const throttle = createLoginThrottle({ db, throttles, notifications, config, ...clock });
  const plans = createPlanRepository(db);
  const items = createPlanItemRepository();
  const amendments = createAmendmentRepository(db);
  const attachments = createAttachmentRepository(db);
  const calendar = createCalendarService({ db, calendar: createCalendarRepository(db) });
  const caseServices = createCaseServices({ db, calendar, ...clock });
  const followUpDeps = { db, calendar, legalSettings: caseServices.legalSettings, notifications, ...clock };
  return {
    db,
    sessions,
    loginThrottle: throttle,
    auth: createAuthService({ db, config, accounts, sessions, secondFactors, throttle, ...clock }),
    secondFactors,
    passwordHelp: createPasswordHelpService({ help: createPasswordHelpRepository(db) }),
    units: createUnitService({ db, units: createUnitRepository(db), sessions }),
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
    inbox: createNotificationService({ db, notifications, ...clock }),
    audit: createAuditRepository(db),
    attachments: createAttachmentService({ db, attachments, config, ...clock }),
    amendments,
    regulations: createRegulationService({ db, regulations: createRegulationRepository(db) }),
    plans: createPlanService({ db, plans, items, amendments, ...clock }),
    planItems: createPlanItemService({ db, plans, items, amendments, ...clock }),
    planImport: createPlanImportService({ db, plans, items, imports: createPlanImportRepository(db) }),
    progress: createProgressService({
      db,
      plans,
      items,
      progress: createProgressRepository(db),
      amendments,
      attachments,
      ...clock,
    }),
    tasks: createTaskService({ db, plans, items, tasks: createTaskRepository(db), ...clock }),
    calendar,
    ...caseServices,
    ...createReceptionServices({ db, calendar, ...clock }),
    ...createSupervisionServices(followUpDeps),
    ...createCivicServices(followUpDeps),
    digest: createDigestService({ digest: createDigestRepository(db), ...clock }),
    reviews: createReviewService({
      db,
      plans,
      items,
      reviews: createReviewRepository(),
      amendments,
      ...clock,
    }),
  };
}

export type CoreServices = ReturnType<typeof createCoreServices>;

export function createServices(db: Db, config: Config, now?: () => Date) {
  const core = createCoreServices(db, config, now);
  const clock = now ? { now } : {};
  // Reports, the dashboard and exports read through the record services.
  return {
    ...core,
    ...createReportServices({ db, core, ...clock }),
    ...createDashboardServices({ db, core, ...clock }),
    ...createExportServices({ db, core, ...clock }),
    search: createSearchService(core),
  };
}

export type Services = ReturnType<typeof createServices>;
