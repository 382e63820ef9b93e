import { idParamsSchema } from '@phoihop/shared/common';
import {
  otpBodySchema,
  recoveryCodesSchema,
  secondFactorSetupSchema,
  secondFactorStatusSchema,
} from '@phoihop/shared/auth';
import { problemSchema } from '@phoihop/shared/errors';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../plugins/authenticate.ts';
import type { SecondFactorService } from './second-factor.service.ts';

const tags = ['auth'];
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 409: problemSchema };
/** Reachable while an account that must have a second factor has none yet. */
const duringSetup = { duringSetup: true };

/** The signed-in user's own factor, under /api/auth/second-factor (behind requireUser). */
export const secondFactorRoutes: FastifyPluginAsyncZod<{
  secondFactors: SecondFactorService;
}> = async (app, { secondFactors }) => {
  app.addHook('onRequest', app.requireUser);

  app.get(
    '/',
    {
      config: duringSetup,
      schema: {
        tags,
        summary: 'Trạng thái xác thực hai lớp',
        response: { 200: secondFactorStatusSchema, ...errors },
      },
    },
    async (request) => secondFactors.status(contextOf(request)),
  );

  app.post(
    '/setup',
    {
      config: duringSetup,
      schema: {
        tags,
        summary: 'Tạo khóa TOTP mới (hiện một lần, chờ xác nhận)',
        response: { 200: secondFactorSetupSchema, ...errors },
      },
    },
    async (request) => secondFactors.setup(contextOf(request)),
  );

  app.post(
    '/confirm',
    {
      config: duringSetup,
      schema: {
        tags,
        summary: 'Xác nhận mã đầu tiên: bật xác thực hai lớp, nhận mã khôi phục',
        body: otpBodySchema,
        response: { 200: recoveryCodesSchema, ...errors },
      },
    },
    async (request) =>
      secondFactors.confirm(request.body, request.sessionId ?? '', contextOf(request)),
  );

  app.post(
    '/recovery-codes',
    {
      schema: {
        tags,
        summary: 'Tạo lại 10 mã khôi phục (cần mã hiện tại)',
        body: otpBodySchema,
        response: { 200: recoveryCodesSchema, ...errors },
      },
    },
    async (request) => secondFactors.regenerateRecoveryCodes(request.body, contextOf(request)),
  );

  app.post(
    '/disable',
    {
      schema: {
        tags,
        summary: 'Tắt xác thực hai lớp (tài khoản không bắt buộc)',
        body: otpBodySchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await secondFactors.disable(request.body, contextOf(request));
      return reply.status(204).send(null);
    },
  );
};

/** An administrator's reset of a user's factor, under /api/users (in the private scope). */
export const secondFactorAdminRoutes: FastifyPluginAsyncZod<{
  secondFactors: SecondFactorService;
}> = async (app, { secondFactors }) => {
  app.post(
    '/:id/second-factor/reset',
    {
      schema: {
        tags: ['users'],
        summary: 'Đặt lại xác thực hai lớp (người dùng đăng ký lại khi đăng nhập)',
        params: idParamsSchema,
        response: { 204: z.null(), 403: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      await secondFactors.reset(request.params.id, contextOf(request));
      return reply.status(204).send(null);
    },
  );
};
