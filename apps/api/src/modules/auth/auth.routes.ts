import {
  changePasswordBodySchema,
  loginBodySchema,
  meSchema,
  updateProfileBodySchema,
} from '@phoihop/shared/auth';
import { problemSchema } from '@phoihop/shared/errors';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config/env.ts';
import { contextOf } from '../../plugins/authenticate.ts';
import type { AuthService } from './auth.service.ts';

const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncZod<{ auth: AuthService; config: Config }> = async (
  app,
  { auth, config },
) => {
  app.post(
    '/login',
    {
      config: {
        rateLimit: { max: config.login.ratePerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags,
        summary: 'Đăng nhập',
        body: loginBodySchema,
        response: {
          200: meSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const { token, expiresAt, me } = await auth.login(request.body, {
        requestId: request.id,
        ip: request.ip ?? null,
        userAgent: request.headers['user-agent'] ?? null,
      });
      app.sessionCookie.set(reply, token, expiresAt);
      return me;
    },
  );

  await app.register(async (scope) => {
    const priv = scope.withTypeProvider<ZodTypeProvider>();
    priv.addHook('onRequest', priv.requireUser);

    priv.get(
      '/me',
      {
        config: { duringSetup: true },
        schema: {
          tags,
          summary: 'Người dùng hiện tại',
          response: { 200: meSchema, 401: problemSchema },
        },
      },
      async (request) => {
        const ctx = contextOf(request);
        return auth.me(ctx.actor.id, request.csrfToken ?? '', ctx.actor);
      },
    );

    priv.post(
      '/logout',
      {
        config: { duringSetup: true },
        schema: { tags, summary: 'Đăng xuất', response: { 204: z.null(), 401: problemSchema } },
      },
      async (request, reply) => {
        await auth.logout(request.sessionId ?? '', contextOf(request));
        app.sessionCookie.clear(reply);
        return reply.status(204).send(null);
      },
    );

    priv.post(
      '/change-password',
      {
        config: { duringSetup: true },
        schema: {
          tags,
          summary: 'Đổi mật khẩu',
          body: changePasswordBodySchema,
          response: { 204: z.null(), 400: problemSchema, 429: problemSchema },
        },
      },
      async (request, reply) => {
        await auth.changePassword(request.body, request.sessionId ?? '', contextOf(request));
        return reply.status(204).send(null);
      },
    );

    priv.patch(
      '/profile',
      {
        schema: {
          tags,
          summary: 'Cập nhật ngôn ngữ',
          body: updateProfileBodySchema,
          response: { 200: meSchema, 400: problemSchema },
        },
      },
      async (request) => {
        const ctx = contextOf(request);
        await auth.setLocale(request.body.locale, ctx);
        return auth.me(ctx.actor.id, request.csrfToken ?? '', ctx.actor);
      },
    );
  });
};
