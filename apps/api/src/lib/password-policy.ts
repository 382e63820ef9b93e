import {
  passwordProblem,
  passwordProblemMessages,
  type PasswordContext,
} from '@phoihop/shared/password-policy';
import { invalid } from './app-error.ts';

/**
 * Refuses a new password that is common, guessable or holds the username or unit name, as a
 * field error on `path` (the schema already enforced 12–128 characters).
 */
export function assertPasswordAllowed(password: string, context: PasswordContext, path: string) {
  const problem = passwordProblem(password, context);
  if (problem) throw invalid(path, passwordProblemMessages[problem].vi);
}
