import { z } from 'zod';

/**
 * What the sign-in page's "Quên mật khẩu?" shows to anyone: each active unit and the names and
 * titles of its administrators — what a ward posts on its notice board. It takes no username, so
 * it can neither confirm that an account exists nor tie a person to one.
 */
export const passwordHelpAdminSchema = z.object({
  fullName: z.string(),
  position: z.string().nullable(),
});

export const passwordHelpUnitSchema = z.object({
  name: z.string(),
  admins: z.array(passwordHelpAdminSchema),
});

export const passwordHelpSchema = z.object({ units: z.array(passwordHelpUnitSchema) });
export type PasswordHelp = z.infer<typeof passwordHelpSchema>;
