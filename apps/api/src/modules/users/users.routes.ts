import { idParamsSchema, pageSchema } from '@phoihop/shared/common';
import { problemSchema } from '@phoihop/shared/errors';
import {
  createUserBodySchema,
  listUsersQuerySchema,
  resetPasswordBodySchema,
  updateUserBodySchema,
  userSchema,
} from '@phoihop/shared/users';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { etagOf, versionFromIfMatch } from '../../lib/if-match.ts';
import { contextOf } from '../../plugins/authenticate.ts';
import type { UserService } from './users.service.ts';

const tags = ['users'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 428: problemSchema };

export const userRoutes: FastifyPluginAsyncZod<{ users: UserService }> = async (app, { users }) => {
  app.get(
    '/',
    { schema: { tags, summary: 'Danh sách người dùng của đơn vị', querystring: listUsersQuerySchema, response: { 200: pageSchema(userSchema), 400: problemSchema, 403: problemSchema } } },
    async (request) => users.list(request.query, contextOf(request)),
  );

  app.post(
    '/',
    { schema: { tags, summary: 'Thêm người dùng', body: createUserBodySchema, response: { 201: userSchema, ...errors } } },
    async (request, reply) => {
      const user = await users.create(request.body, contextOf(request));
      return reply.status(201).header('etag', etagOf(user.version)).send(user);
    },
  );

  app.get(
    '/:id',
    { schema: { tags, summary: 'Chi tiết người dùng', params: idParamsSchema, response: { 200: userSchema, 403: problemSchema, 404: problemSchema } } },
    async (request, reply) => {
      const user = await users.get(request.params.id, contextOf(request));
      return reply.header('etag', etagOf(user.version)).send(user);
    },
  );

  app.patch(
    '/:id',
    { schema: { tags, summary: 'Sửa, vô hiệu hóa hoặc kích hoạt lại người dùng (gửi If-Match)', params: idParamsSchema, body: updateUserBodySchema, response: { 200: userSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const user = await users.update(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(user.version)).send(user);
    },
  );

  app.post(
    '/:id/reset-password',
    { schema: { tags, summary: 'Đặt lại mật khẩu (người dùng phải đổi khi đăng nhập)', params: idParamsSchema, body: resetPasswordBodySchema, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await users.resetPassword(request.params.id, request.body, contextOf(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/:id/sessions/end',
    { schema: { tags, summary: 'Kết thúc mọi phiên đăng nhập của người dùng', params: idParamsSchema, response: { 204: z.null(), 403: problemSchema, 404: problemSchema } } },
    async (request, reply) => {
      await users.endSessions(request.params.id, contextOf(request));
      return reply.status(204).send(null);
    },
  );
};
