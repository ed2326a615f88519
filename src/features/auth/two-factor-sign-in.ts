/**
 * The second step of signing in with two-factor on: the challenge from the password step plus a current code or a
 * recovery code creates the session. Every guess counts against the challenge; the fifth wrong one ends it, so a
 * stolen password gives at most five guesses per password step (which is itself rate-limited).
 */
import type { AppContext } from '../../core/context.js';
import { ApiError } from '../../core/errors.js';
import { authRepository } from './repository.js';
import { hashSecret } from './secrets.js';
import { createSession, publicUser, type SessionClient } from './service.js';
import { CHALLENGE_MAX_ATTEMPTS, checkTotp, isTwoFactorOn, useRecoveryCode } from './two-factor.js';
import { twoFactorRepository } from './two-factor-repository.js';

export interface SecondFactor {
  code?: string | undefined;
  recoveryCode?: string | undefined;
}

const expired = () =>
  new ApiError(401, 'challenge_expired', 'This sign-in has expired or had too many wrong codes. Sign in again with your password.', 'challenge');

export async function completeTwoFactorSignIn(ctx: AppContext, challenge: string, factor: SecondFactor, client: SessionClient) {
  const db = ctx.database.db;
  const tokenHash = hashSecret(challenge);
  const spent = await twoFactorRepository.spendChallengeAttempt(db, tokenHash, CHALLENGE_MAX_ATTEMPTS);
  if (!spent) throw expired();
  // Turned off between the two steps (from another session): sign in again, the password alone will do.
  if (!(await isTwoFactorOn(ctx, spent.user_id))) {
    await twoFactorRepository.deleteChallenge(db, tokenHash);
    throw expired();
  }
  try {
    if (factor.recoveryCode) await useRecoveryCode(ctx, spent.user_id, factor.recoveryCode);
    else await checkTotp(ctx, spent.user_id, factor.code ?? '');
  } catch (error) {
    const left = CHALLENGE_MAX_ATTEMPTS - spent.attempts;
    if (left <= 0) await twoFactorRepository.deleteChallenge(db, tokenHash);
    if (error instanceof ApiError) {
      const tries = left <= 0 ? ' No tries left: sign in again with your password.' : ` ${left} ${left === 1 ? 'try' : 'tries'} left.`;
      throw new ApiError(error.status, error.code, `${error.message}${tries}`, error.field, { triesLeft: left });
    }
    throw error;
  }
  // Single use: of two right answers sent at once, only the request that deletes the challenge signs in.
  if (!(await twoFactorRepository.deleteChallenge(db, tokenHash))) throw expired();
  const user = await authRepository.findUserById(db, spent.user_id);
  if (!user) throw expired();
  const session = await createSession(ctx, user.id, client);
  return { user: publicUser(user), session };
}
