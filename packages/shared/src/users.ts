import { z } from 'zod';
import { newPasswordSchema } from './auth.ts';
import {
  booleanQuerySchema,
  dateTimeSchema,
  idSchema,
  nameSchema,
  optionalTextSchema,
  pageQuerySchema,
  searchQuerySchema,
  versionSchema,
} from './common.ts';
import { roleSchema } from './roles.ts';
import { messageOf } from './validation-messages.ts';

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,50}$/, {
    ...messageOf('username'),
  });

export const userSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  organisationId: idSchema.nullable(),
  organisationName: z.string().nullable(),
  username: z.string(),
  fullName: z.string(),
  position: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  roles: z.array(roleSchema),
  active: z.boolean(),
  lastLoginAt: dateTimeSchema.nullable(),
  mustChangePassword: z.boolean(),
  version: versionSchema,
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
});
export type User = z.infer<typeof userSchema>;

export const userSortSchema = z.enum(['fullName', 'username', 'createdAt']);

export const listUsersQuerySchema = pageQuerySchema.extend({
  unitId: idSchema.optional(),
  organisationId: idSchema.optional(),
  role: roleSchema.optional(),
  active: booleanQuerySchema.optional(),
  q: searchQuerySchema,
  sort: userSortSchema.default('fullName'),
});
export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;

const emailSchema = z
  .email()
  .max(200)
  .nullable()
  .optional()
  .or(z.literal('').transform(() => null));
const phoneSchema = z
  .string()
  .trim()
  .regex(/^[0-9 +().-]{0,20}$/, messageOf('phone'))
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

export const createUserBodySchema = z.object({
  /** Defaults to the caller's unit; only a system admin names another. */
  unitId: idSchema.optional(),
  organisationId: idSchema.nullable().optional(),
  username: usernameSchema,
  fullName: nameSchema(200),
  position: optionalTextSchema(200),
  email: emailSchema,
  phone: phoneSchema,
  roles: z.array(roleSchema).min(1, messageOf('oneRole')).max(5),
  password: newPasswordSchema,
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

export const updateUserBodySchema = z
  .object({
    organisationId: idSchema.nullable(),
    fullName: nameSchema(200),
    position: optionalTextSchema(200),
    email: emailSchema,
    phone: phoneSchema,
    roles: z.array(roleSchema).min(1, messageOf('oneRole')).max(5),
    active: z.boolean(),
  })
  .partial();
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

/** The user must change it at next login. Also lifts a lockout. */
export const resetPasswordBodySchema = z.object({ password: newPasswordSchema });
export type ResetPasswordBody = z.infer<typeof resetPasswordBodySchema>;
