import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Config } from './config/env.ts';
import { createRateLimitRepository } from './db/rate-limit.repository.ts';
import { attachmentRoutes } from './modules/attachments/attachments.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { caseModuleRoutes } from './modules/cases/case-module.ts';
import { receptionModuleRoutes } from './modules/reception/reception-module.ts';
import { supervisionModuleRoutes } from './modules/supervision/supervision-module.ts';
import { civicModuleRoutes } from './modules/civic/civic-module.ts';
import { dashboardModuleRoutes } from './modules/dashboard/dashboard-module.ts';
import { exportModuleRoutes } from './modules/exports/export-module.ts';
import { reportModuleRoutes } from './modules/reports/report-module.ts';
import { calendarRoutes } from './modules/calendar/calendar.routes.ts';
import { planImportRoutes } from './modules/plan-import/plan-import.routes.ts';
import { planItemRoutes } from './modules/plans/plan-items.routes.ts';
import { planRoutes } from './modules/plans/plans.routes.ts';
import { taskRoutes } from './modules/plans/tasks.routes.ts';
import { regulationRoutes } from './modules/regulations/regulations.routes.ts';
import { secondFactorAdminRoutes, secondFactorRoutes } from './modules/auth/second-factor.routes.ts';
import { searchRoutes } from './modules/search/search.routes.ts';
import { passwordHelpRoutes } from './modules/auth/password-help.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { notificationRoutes } from './modules/notifications/notifications.routes.ts';
import { organisationRoutes } from './modules/organisations/organisations.routes.ts';
import { unitRoutes } from './modules/units/units.routes.ts';
import { userRoutes } from './modules/users/users.routes.ts';
import authenticate from './plugins/authenticate.ts';
import errors from './plugins/errors.ts';
import { loggerOptions, type LogStream } from './lib/logging.ts';
import { pgRateLimitStore } from './plugins/rate-limit-store.ts';
import { spaPlugin } from './plugins/spa.ts';
import { sessionCookieName } from './plugins/session-cookie.ts';
import swagger from './plugins/swagger.ts';
import type { Services } from './services.ts';

// Field errors in Vietnamese, the users' language (English clients still get English titles).
z.config(z.locales.vi());

/** What the process gives the app besides its configuration. */
export interface AppRuntime {
  /** Where log lines go (one JSON object per line); stdout when absent. */
  logStream?: LogStream;
}

export async function buildApp(config: Config, services: Services, runtime: AppRuntime = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config.logLevel, runtime.logStream),
    trustProxy: config.trustProxy,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    bodyLimit: 1_048_576,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        // Swagger UI and Mantine inject inline styles.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'upgrade-insecure-requests': null,
      },
    },
  });
  // Counted in PostgreSQL, so the limits hold across several API processes.
  await app.register(rateLimit, {
    global: false,
    store: pgRateLimitStore(createRateLimitRepository(services.db)),
  });
  await app.register(cookie);
  await app.register(errors);
  await app.register(swagger, { sessionCookieName: sessionCookieName(config) });
  await app.register(authenticate, { auth: services.auth, config });

  await app.register(healthRoutes, { db: services.db });
  await app.register(authRoutes, { prefix: '/api/auth', auth: services.auth, config });
  await app.register(passwordHelpRoutes, {
    prefix: '/api/auth',
    passwordHelp: services.passwordHelp,
    config,
  });
  await app.register(secondFactorRoutes, {
    prefix: '/api/auth/second-factor',
    secondFactors: services.secondFactors,
  });
  await app.register(
    async (priv) => {
      priv.addHook('onRequest', priv.requireUser);
      await priv.register(unitRoutes, { prefix: '/units', units: services.units });
      await priv.register(organisationRoutes, {
        prefix: '/organisations',
        organisations: services.organisations,
      });
      await priv.register(userRoutes, { prefix: '/users', users: services.users });
      await priv.register(secondFactorAdminRoutes, { prefix: '/users', secondFactors: services.secondFactors });
      await priv.register(notificationRoutes, {
        prefix: '/notifications',
        notifications: services.inbox,
      });
      await priv.register(auditRoutes, { prefix: '/audit', audit: services.audit });
      await priv.register(attachmentRoutes, { prefix: '/attachments', attachments: services.attachments });
      await priv.register(regulationRoutes, { prefix: '/regulations', regulations: services.regulations });
      // Static paths under /plans, registered before '/plans/:id'.
      await priv.register(planImportRoutes, { prefix: '/plans/import', planImport: services.planImport });
      await priv.register(planRoutes, {
        prefix: '/plans',
        plans: services.plans,
        planItems: services.planItems,
        tasks: services.tasks,
        reviews: services.reviews,
      });
      await priv.register(planItemRoutes, {
        prefix: '/plan-items',
        planItems: services.planItems,
        progress: services.progress,
      });
      await priv.register(taskRoutes, { prefix: '/tasks', tasks: services.tasks });
      await priv.register(calendarRoutes, { prefix: '/calendar', calendar: services.calendar });
      await priv.register(caseModuleRoutes, { services });
      await priv.register(receptionModuleRoutes, { services });
      await priv.register(supervisionModuleRoutes, { services });
      await priv.register(civicModuleRoutes, { services });
      await priv.register(reportModuleRoutes, { services });
      await priv.register(dashboardModuleRoutes, { services });
      await priv.register(exportModuleRoutes, { services });
      await priv.register(searchRoutes, { prefix: '/search', search: services.search });
    },
    { prefix: '/api' },
  );
  await app.register(spaPlugin, { root: config.webDist });
  return app;
}
