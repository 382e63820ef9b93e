import { z } from 'zod';
import { idSchema, safeStringSchema } from './common.ts';
import { actions } from './policies.ts';
import { organisationKindSchema, roleSchema } from './roles.ts';

export const localeSchema = z.enum(['vi', 'en']);
export type Locale = z.infer<typeof localeSchema>;

/** At least 10 characters with a letter and a digit: long enough, still typeable by staff. */
export const newPasswordSchema = z
  .string()
  .min(10, { message: 'Mật khẩu phải có ít nhất 10 ký tự' })
  .max(200)
  .regex(/[A-Za-zÀ-ỹ]/, { message: 'Mật khẩu phải có chữ cái' })
  .regex(/\d/, { message: 'Mật khẩu phải có chữ số' });

export const loginBodySchema = z.object({
  username: safeStringSchema().trim().toLowerCase().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: newPasswordSchema,
});
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;

export const updateProfileBodySchema = z.object({ locale: localeSchema });

export const meSchema = z.object({
  user: z.object({
    id: idSchema,
    username: z.string(),
    fullName: z.string(),
    position: z.string().nullable(),
    locale: localeSchema,
    mustChangePassword: z.boolean(),
    roles: z.array(roleSchema),
  }),
  unit: z.object({ id: idSchema, code: z.string(), name: z.string() }),
  /** With its kind: the People's Committee and the Front follow the whole unit's work. */
  organisation: z
    .object({ id: idSchema, name: z.string(), shortName: z.string().nullable(), kind: organisationKindSchema })
    .nullable(),
  /** Actions allowed in the user's own unit; the SPA hides the others. */
  permissions: z.array(z.enum(actions)),
  /** Send back as `X-CSRF-Token` on every state-changing request. */
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meSchema>;
