import { z } from 'zod';
import { dateTimeSchema, idSchema, safeStringSchema } from './common.ts';
import { actions } from './policies.ts';
import { organisationKindSchema, roleSchema } from './roles.ts';
import { messageOf } from './validation-messages.ts';

export const localeSchema = z.enum(['vi', 'en']);
export type Locale = z.infer<typeof localeSchema>;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * 12 to 128 characters, no composition rules (ASVS V6.2, NIST SP 800-63B); the API also refuses
 * common and guessable passwords and the username or unit name (password-policy.ts).
 */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, messageOf('passwordMin', { min: PASSWORD_MIN_LENGTH }))
  .max(PASSWORD_MAX_LENGTH, messageOf('passwordMax', { max: PASSWORD_MAX_LENGTH }));

/** A 6-digit TOTP code; spaces typed or pasted between the digits are dropped. */
export const otpSchema = z
  .string()
  .transform((v) => v.replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, messageOf('otpDigits')));

export const loginBodySchema = z.object({
  username: safeStringSchema().trim().toLowerCase().min(1).max(100),
  password: z.string().min(1).max(200),
  /** Needed when the account has a second factor; or one of its recovery codes instead. */
  otp: otpSchema.optional(),
  recoveryCode: safeStringSchema().trim().min(1).max(40).optional(),
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
    .object({
      id: idSchema,
      name: z.string(),
      shortName: z.string().nullable(),
      kind: organisationKindSchema,
    })
    .nullable(),
  /** `required` and not `enrolled`: the session serves only the enrolment until it is done. */
  secondFactor: z.object({ required: z.boolean(), enrolled: z.boolean() }),
  /** Actions allowed in the user's own unit; the SPA hides the others. */
  permissions: z.array(z.enum(actions)),
  /** Send back as `X-CSRF-Token` on every state-changing request. */
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meSchema>;

/** The account page's view of its second factor. */
export const secondFactorStatusSchema = z.object({
  required: z.boolean(),
  enrolled: z.boolean(),
  enrolledAt: dateTimeSchema.nullable(),
  recoveryCodesLeft: z.number().int(),
});
export type SecondFactorStatus = z.infer<typeof secondFactorStatusSchema>;

/** Shown once at set-up: the key is not readable again afterwards. */
export const secondFactorSetupSchema = z.object({
  /** otpauth://totp/… for authenticator apps. */
  otpauthUri: z.string(),
  /** The same URI as a QR code, an SVG document. */
  qrCodeSvg: z.string(),
  /** Base32, for typing into an app by hand. */
  secret: z.string(),
});
export type SecondFactorSetup = z.infer<typeof secondFactorSetupSchema>;

export const otpBodySchema = z.object({ otp: otpSchema });
export type OtpBody = z.infer<typeof otpBodySchema>;

/** Ten one-time codes, shown once; only their hashes are kept. */
export const recoveryCodesSchema = z.object({ codes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;
