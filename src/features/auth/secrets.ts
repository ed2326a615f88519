/**
 * Passwords and bearer secrets. Passwords use scrypt (Node's built-in, memory-hard) with a per-password salt;
 * session and API tokens are 32 random bytes, stored only as their SHA-256 (a stolen table gives no usable token).
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual, createHash, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
  );

// N=2^15, r=8: ≈ 32 MiB and ~50 ms per hash on this class of machine (OWASP's scrypt floor is N=2^17 with r=8,p=1
// or N=2^15 with higher p; we take p=3 to stay at the recommended cost without a 128 MiB allocation per login).
const PARAMS = { N: 2 ** 15, r: 8, p: 3, maxmem: 64 * 1024 * 1024 };
const KEYLEN = 32;
let params = PARAMS;

/**
 * For the test suite only (src/testing/app.ts): hashes at a tiny cost. Thousands of sign-ups and sign-ins at ~150 ms
 * of CPU each made up minutes of a run on two cores. Each hash carries its parameters, so checking a password runs the
 * same code whatever they are; nothing in the product calls this.
 */
export function hashPasswordsCheaplyForTests(): void {
  params = { ...PARAMS, N: 2 ** 10, p: 1 };
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEYLEN, params);
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/**
 * A stored hash no password matches, at the current cost: checked for an unknown email, so that answering "wrong
 * email" takes as long as "wrong password" and does not tell which addresses have accounts.
 */
export function unmatchableHash(): string {
  return `scrypt$${params.N}$${params.r}$${params.p}$AAAAAAAAAAAAAAAAAAAAAA==$AAAA`;
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  if (!stored) return false;
  const [scheme, n, r, p, saltB64, keyB64] = stored.split('$');
  if (scheme !== 'scrypt' || !saltB64 || !keyB64) return false;
  const expected = Buffer.from(keyB64, 'base64');
  const key = await scrypt(password, Buffer.from(saltB64, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: PARAMS.maxmem,
  });
  return timingSafeEqual(key, expected);
}

/** A new random secret with a readable prefix (`chs_` sessions, `cht_` API tokens, `chi_` invites). */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
