import type * as PolicyModule from '@phoihop/shared/password-policy';
import type { PasswordContext, PasswordProblem } from '@phoihop/shared/password-policy';
import { useEffect, useMemo, useState } from 'react';

type Policy = typeof PolicyModule;

let loading: Promise<Policy> | null = null;
/** zxcvbn and its dictionaries load on the first keystroke, in a chunk of their own. */
const loadPolicy = () => (loading ??= import('@phoihop/shared/password-policy'));

export interface PasswordStrength {
  /** 0 (very guessable) to 4. */
  score: number;
  /** What the API would refuse, if anything. */
  problem: PasswordProblem | null;
}

/** The same check the API makes, once the checker has loaded; null before that or when empty. */
export function usePasswordStrength(
  password: string,
  context: PasswordContext,
): PasswordStrength | null {
  const [policy, setPolicy] = useState<Policy | null>(null);
  const wanted = password !== '';
  useEffect(() => {
    if (!wanted || policy) return;
    let live = true;
    void loadPolicy().then((loaded) => live && setPolicy(() => loaded));
    return () => {
      live = false;
    };
  }, [wanted, policy]);
  const { username, unitName } = context;
  return useMemo(() => {
    if (!policy || !password) return null;
    const given = { username, unitName };
    return {
      score: policy.passwordScore(password, given),
      problem: policy.passwordProblem(password, given),
    };
  }, [policy, password, username, unitName]);
}
