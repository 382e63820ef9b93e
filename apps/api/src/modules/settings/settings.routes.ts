import { legalSettingsViewSchema, updateLegalSettingsBodySchema } from '@phoihop/shared/cases';
import { problemSchema } from '@phoihop/shared/errors';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagOf, versionFromIfMatch } from '../../lib/if-match.ts';
import { contextOf } from '../../plugins/authenticate.ts';
import type { LegalSettingsService } from './legal-settings.service.ts';

const tags = ['settings'];

export const settingsRoutes: FastifyPluginAsyncZod<{ legalSettings: LegalSettingsService }> = async (
  app,
  { legalSettings },
) => {
  app.get(
    '/legal',
    { schema: { tags, summary: 'Thời hạn pháp lý đang áp dụng (đơn thư, khiếu nại, tố cáo…)', response: { 200: legalSettingsViewSchema } } },
    async (_request, reply) => {
      const view = await legalSettings.get();
      return reply.header('etag', etagOf(view.version ?? 0)).send(view);
    },
  );

  app.put(
    '/legal',
    {
      schema: {
        tags,
        summary: 'Đặt thời hạn pháp lý (quản trị hệ thống; If-Match: "0" khi đang dùng mặc định)',
        body: updateLegalSettingsBodySchema,
        response: { 200: legalSettingsViewSchema, 400: problemSchema, 403: problemSchema, 409: problemSchema, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const view = await legalSettings.update(version, request.body, contextOf(request));
      return reply.header('etag', etagOf(view.version ?? 0)).send(view);
    },
  );
};
