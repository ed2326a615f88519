/**
 * Token bookkeeping shared by the fakes' OAuth halves: access tokens with an expiry, refresh tokens that rotate or
 * stay, and the bearer check every API route starts with. What a token carries (user, scopes, client), how refresh
 * tokens rotate and what the token endpoint answers stay with each network, in its own maps.
 *
 * @example
 * const value = newToken();
 * tokens.set(value, { userId: '1', scopes: [], expiresAt: expiresIn(7200) });
 * activeToken(tokens, bearerOf(req.headers)); // the token's info, or undefined when missing, unknown or expired
 */
import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** An OAuth client registered with a fake: the secret it authenticates with and the redirect URIs it may use. */
export interface OAuthApp {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}

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
