/**
 * Token bookkeeping shared by the fakes' OAuth halves: access tokens with an expiry, refresh tokens that rotate or
 * stay, and the bearer check every API route starts with. What a token carries (user, scopes, client) and what the
 * token endpoint answers stay with each network.
 *
 * @example
 * const book = new TokenBook<{ userId: string; scopes: string[]; expiresAt: number }, { userId: string }>();
 * const value = book.issue({ userId: '1', scopes: [], expiresAt: expiresIn(7200) });
 * book.fromBearer(req.headers); // the token's info, or undefined when missing, unknown or expired
 */
import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** `null` never expires (Graph's Page tokens). */
export interface Expiring {
  expiresAt: number | null;
}

/** A token value nobody guesses: `prefix` plus `bytes` random bytes in base64url. */
export const newToken = (prefix = '', bytes = 24): string => `${prefix}${randomBytes(bytes).toString('base64url')}`;

/** The expiry of a token issued now that lasts `seconds`. */
export const expiresIn = (seconds: number): number => Date.now() + seconds * 1000;

/** The token in `Authorization: Bearer …`, if any. */
export function bearerOf(headers: IncomingHttpHeaders): string | undefined {
  return /^Bearer (.+)$/i.exec(headers.authorization ?? '')?.[1];
}

/** The token's info when it is known and not expired. */
export function activeToken<A extends Expiring>(tokens: Map<string, A>, value: string | undefined): A | undefined {
  const info = value === undefined ? undefined : tokens.get(value);
  return info && (info.expiresAt === null || info.expiresAt > Date.now()) ? info : undefined;
}

/** Makes the token expired from now on, as if its lifetime had passed. */
export function expireToken(tokens: Map<string, Expiring>, value: string, agoMs = 1): void {
  const info = tokens.get(value);
  if (info) info.expiresAt = Date.now() - agoMs;
}

export class TokenBook<A extends Expiring, R = never> {
  /** Access tokens by value; exported by the fakes so tests can look at scopes and expiry. */
  readonly tokens = new Map<string, A>();
  readonly refreshTokens = new Map<string, R>();

  issue(info: A, value = newToken()): string {
    this.tokens.set(value, info);
    return value;
  }

  issueRefresh(info: R, value = newToken()): string {
    this.refreshTokens.set(value, info);
    return value;
  }

  active(value: string | undefined): A | undefined {
    return activeToken(this.tokens, value);
  }

  fromBearer(headers: IncomingHttpHeaders): A | undefined {
    return this.active(bearerOf(headers));
  }

  expire(value: string, agoMs = 1): void {
    expireToken(this.tokens, value, agoMs);
  }

  /** The refresh token's grant; with `rotate` it stops working once used (X, Snapchat), else it stays (Google). */
  redeem(value: string | null | undefined, rotate: boolean): R | undefined {
    const info = value ? this.refreshTokens.get(value) : undefined;
    if (info !== undefined && rotate && value) this.refreshTokens.delete(value);
    return info;
  }
}
