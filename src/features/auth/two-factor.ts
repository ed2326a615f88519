/**
 * Two-factor sign-in with TOTP (RFC 6238, what Google Authenticator, 1Password, Aegis and the like generate): the
 * rules of enrolment, codes, recovery codes and the sign-in challenge. No HTTP, no SQL.
 *
 * - The secret is sealed at rest with the server's key (the channel credentials' SecretBox), bound to the user id.
 * - A code is accepted one 30-second step early or late (clock drift), and only once: the step of the last accepted
 *   code is stored, and a code of that step or an earlier one is refused (replay).
 * - Recovery codes (ten, 80 random bits each) are shown once and stored as SHA-256 hashes, like API tokens.
 * - After the password of someone with two-factor on, sign-in hands out a challenge (random, stored hashed, five
 *   minutes, five guesses); only the code step creates a session (two-factor-sign-in.ts).
 *
 * @example
 *   const { secret, uri, qrCode } = await startEnrolment(ctx, userId);
 *   const { recoveryCodes } = await confirmEnrolment(ctx, userId, '123456');
 */
import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { AppContext } from '../../core/context.js';
import { ApiError, conflict, invalid } from '../../core/errors.js';
import { authRepository } from './repository.js';
import { hashSecret, newSecret, verifyPassword } from './secrets.js';
import { twoFactorRepository } from './two-factor-repository.js';

const ISSUER = 'Chorus';
const PERIOD_SECONDS = 30;
/** One step either side: a phone clock a little off, or a code typed as it changed. */
const WINDOW = 1;
const RECOVERY_CODE_COUNT = 10;
export const CHALLENGE_MINUTES = 5;
export const CHALLENGE_MAX_ATTEMPTS = 5;
/** Crockford's base32: no i, l, o or u, so a code read aloud or copied by hand is not misread. */
const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';

/** What proves it is really the person, for turning two-factor off or making new recovery codes. */
export interface Proof {
  code?: string | undefined;
  password?: string | undefined;
}

const boundTo = (userId: string) => `two-factor:${userId}`;

function totpFor(secretBase32: string, email = ''): TOTP {
  return new TOTP({ issuer: ISSUER, label: email, secret: Secret.fromBase32(secretBase32), period: PERIOD_SECONDS });
}

/** Digits only: apps show "123 456", people paste it with the space. */
function normalizeCode(code: string): string {
  return code.replace(/[\s-]/g, '');
}

/** Lower case, no separators, and Crockford's look-alikes read as the digits they stand for. */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^0-9a-z]/g, '').replace(/o/g, '0').replace(/[il]/g, '1');
}

function recoveryCodeHash(userId: string, code: string): string {
  return hashSecret(`${userId}:${normalizeRecoveryCode(code)}`);
}

function newRecoveryCode(): string {
  const chars = [...randomBytes(16)].map((b) => CROCKFORD[b & 31]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

async function issueRecoveryCodes(ctx: AppContext, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await twoFactorRepository.replaceRecoveryCodes(ctx.database.db, userId, codes.map((c) => recoveryCodeHash(userId, c)));
  return codes;
}

const wrongCode = (field = 'code', extra = '') =>
  invalid('wrong_code', `That code is not right${extra}. Enter the 6-digit code your authenticator app shows now.`, field);

/**
 * Checks a TOTP code against the stored secret and records its step. Throws 422 `wrong_code` for a wrong code and
 * `code_already_used` for a replay; `enable` is for the code that confirms an enrolment.
 */
export async function checkTotp(ctx: AppContext, userId: string, code: string, options: { enable?: boolean; field?: string } = {}) {
  const field = options.field ?? 'code';
  const enrolment = await twoFactorRepository.findEnrolment(ctx.database.db, userId);
  if (!enrolment) throw conflict('two_factor_off', 'Two-factor sign-in is not set up for this account.');
  const { secret } = ctx.secrets.open(enrolment.secret_enc, boundTo(userId));
  const token = normalizeCode(code);
  if (!/^\d{6}$/.test(token)) throw wrongCode(field);
  const now = Date.now();
  const delta = totpFor(secret!).validate({ token, timestamp: now, window: WINDOW });
  if (delta === null) throw wrongCode(field);
  const step = TOTP.counter({ period: PERIOD_SECONDS, timestamp: now }) + delta;
  if (!(await twoFactorRepository.acceptStep(ctx.database.db, userId, step, options.enable ?? false))) {
    throw invalid('code_already_used', 'This code was already used. Wait for your app to show the next one, then enter it.', field);
  }
}

export async function isTwoFactorOn(ctx: AppContext, userId: string): Promise<boolean> {
  const enrolment = await twoFactorRepository.findEnrolment(ctx.database.db, userId);
  return Boolean(enrolment?.enabled_at);
}

/** Where the person stands: on or off, recovery codes left, and which of their workspaces require it. */
export async function twoFactorStatus(ctx: AppContext, userId: string) {
  const db = ctx.database.db;
  const enrolment = await twoFactorRepository.findEnrolment(db, userId);
  const enabled = Boolean(enrolment?.enabled_at);
  return {
    enabled,
    enabledAt: enrolment?.enabled_at ? enrolment.enabled_at.toISOString() : null,
    recoveryCodesLeft: enabled ? await twoFactorRepository.countRecoveryCodesLeft(db, userId) : 0,
    requiredBy: await twoFactorRepository.workspacesRequiring(db, userId),
  };
}

/** A new secret, its otpauth:// URI and a QR code of it (an SVG data URL). Two-factor stays off until confirmed. */
export async function startEnrolment(ctx: AppContext, userId: string) {
  const user = await authRepository.findUserById(ctx.database.db, userId);
  if (!user) throw new ApiError(401, 'unauthorized', 'Sign in first.');
  const secret = new Secret({ size: 20 }).base32;
  const saved = await twoFactorRepository.savePendingSecret(ctx.database.db, userId, ctx.secrets.seal({ secret }, boundTo(userId)));
  if (!saved) {
    throw conflict('two_factor_on', 'Two-factor sign-in is already on. Turn it off first to move it to another app.');
  }
  const uri = totpFor(secret, user.email).toString();
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/** The first right code turns two-factor on and gives the ten recovery codes, shown this once. */
export async function confirmEnrolment(ctx: AppContext, userId: string, code: string) {
  const enrolment = await twoFactorRepository.findEnrolment(ctx.database.db, userId);
  if (!enrolment) throw conflict('no_enrolment', 'Start setting up two-factor sign-in first, then enter the code your app shows.');
  if (enrolment.enabled_at) throw conflict('two_factor_on', 'Two-factor sign-in is already on.');
  await checkTotp(ctx, userId, code, { enable: true });
  return { recoveryCodes: await issueRecoveryCodes(ctx, userId) };
}

/** A current code or the password: someone at an unlocked screen cannot turn two-factor off or take new codes. */
async function checkProof(ctx: AppContext, userId: string, proof: Proof): Promise<void> {
  if (!(await isTwoFactorOn(ctx, userId))) throw conflict('two_factor_off', 'Two-factor sign-in is not on for this account.');
  if (proof.code) return checkTotp(ctx, userId, proof.code);
  if (proof.password) {
    const user = await authRepository.findUserById(ctx.database.db, userId);
    if (user?.password_hash && (await verifyPassword(proof.password, user.password_hash))) return;
    throw invalid('invalid_password', 'That password is not right.', 'password');
  }
  throw invalid('proof_required', 'Enter a code from your authenticator app, or your password.', 'code');
}

export async function regenerateRecoveryCodes(ctx: AppContext, userId: string, proof: Proof) {
  await checkProof(ctx, userId, proof);
  return { recoveryCodes: await issueRecoveryCodes(ctx, userId) };
}

export async function disableTwoFactor(ctx: AppContext, userId: string, proof: Proof): Promise<void> {
  await checkProof(ctx, userId, proof);
  await ctx.database.db.transaction().execute((trx) => twoFactorRepository.remove(trx, userId));
}

/** Uses a recovery code once; throws 422 `invalid_recovery_code` when it is unknown or already used. */
export async function useRecoveryCode(ctx: AppContext, userId: string, code: string): Promise<void> {
  if (!(await twoFactorRepository.useRecoveryCode(ctx.database.db, userId, recoveryCodeHash(userId, code)))) {
    throw invalid('invalid_recovery_code', 'That recovery code is not right or was already used. Each code works once.', 'recoveryCode');
  }
}

/**
 * For sign-in: when two-factor is on, a challenge to answer with a code instead of a session; null when it is off.
 * The challenge is random, stored hashed, lives five minutes and allows five guesses.
 */
export async function twoFactorChallengeFor(ctx: AppContext, userId: string): Promise<{ challenge: string; expiresAt: string } | null> {
  if (!(await isTwoFactorOn(ctx, userId))) return null;
  const challenge = newSecret('chc_');
  const expiresAt = new Date(Date.now() + CHALLENGE_MINUTES * 60_000);
  await twoFactorRepository.createChallenge(ctx.database.db, { tokenHash: hashSecret(challenge), userId, expiresAt });
  return { challenge, expiresAt: expiresAt.toISOString() };
}
