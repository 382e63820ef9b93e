import type { PasswordHelp } from '@phoihop/shared/password-help';
import type { PasswordHelpRepository } from './password-help.repository.ts';

/**
 * Whom to ask for a new password, for anyone on the sign-in page. Public by design, so no
 * `can()` check: it answers the same to everyone and names only unit administrators — people a
 * ward lists on its notice board — never which usernames exist.
 */
export function createPasswordHelpService({ help }: { help: PasswordHelpRepository }) {
  return {
    async whomToAsk(): Promise<PasswordHelp> {
      return { units: await help.unitAdmins() };
    },
  };
}

export type PasswordHelpService = ReturnType<typeof createPasswordHelpService>;
