import { problemSchema } from '@phoihop/shared/errors';
import { passwordHelpSchema } from '@phoihop/shared/password-help';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config/env.ts';
import type { PasswordHelpService } from './password-help.service.ts';

export const passwordHelpRoutes: FastifyPluginAsyncZod<{
  passwordHelp: PasswordHelpService;
  config: Config;
}> = async (app, { passwordHelp, config }) => {
  app.get(
    '/password-help',
    {
      // Public, so throttled per address like the sign-in itself.
      config: { rateLimit: { max: config.login.ratePerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Quên mật khẩu: quản trị viên của từng đơn vị',
        response: { 200: passwordHelpSchema, 429: problemSchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return passwordHelp.whomToAsk();
    },
  );
};
