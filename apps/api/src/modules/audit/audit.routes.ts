import { listAuditQuerySchema, auditEntrySchema } from '@phoihop/shared/audit';
import { pageSchema } from '@phoihop/shared/common';
import { problemSchema } from '@phoihop/shared/errors';
import { can } from '@phoihop/shared/policies';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { forbidden } from '../../lib/app-error.ts';
import { contextOf } from '../../plugins/authenticate.ts';
import type { AuditRepository } from './audit.repository.ts';

export const auditRoutes: FastifyPluginAsyncZod<{ audit: AuditRepository }> = async (app, { audit }) => {
  app.get(
    '/',
    { schema: { tags: ['audit'], summary: 'Nhật ký thay đổi của đơn vị', querystring: listAuditQuerySchema, response: { 200: pageSchema(auditEntrySchema), 400: problemSchema, 403: problemSchema } } },
    async (request) => {
      const { actor } = contextOf(request);
      const unitId = request.query.unitId ?? actor.unitId;
      if (!can(actor, 'audit:read', { unitId })) throw forbidden();
      return audit.list(request.query, unitId);
    },
  );
};
