/**
 * The authorize page every OAuth 2.0 fake serves (RFC 6749 §4.1.1–4.1.2): find the client, check its redirect URI,
 * read the scopes, then send the person back with a code or an error as the test decided. What a network names its
 * client parameter, how it separates scopes, what it answers a bad client with (an error page, never a redirect)
 * and which requests it refuses stay with each fake.
 *
 * @example
 * const request = readAuthorize(url, s.apps, { scopeSeparator: ' ', unknownClient: page('invalid_client'), badRedirect: page('redirect_uri_mismatch') });
 * if (!('app' in request)) return request;
 * const userId = takeDecision(s);
 * if (!userId) return request.redirect({ error: 'access_denied', state: request.q('state') });
 */
import type { FakeResponse } from './server.js';

/** Who answers the consent pages: the next one (a test's `decideNext`), else every one (browser tests). */
export interface ConsentState {
  /** An account id approves as that account, 'deny' is the person pressing Cancel. */
  nextDecision: string | null;
  /** Approves every consent without a decision of its own; none means denied. */
  autoApprove?: string | null;
}

/** The account approving this consent, or null when the person refused; the next decision is used up. */
export function takeDecision(s: ConsentState): string | null {
  const decision = s.nextDecision ?? s.autoApprove ?? null;
  s.nextDecision = null;
  return decision === 'deny' ? null : decision;
}

export interface AuthorizeRequest<A> {
  /** A query parameter, '' when absent. */
  q(name: string): string;
  app: A;
  scopes: string[];
  /** Back to the client's redirect URI with these parameters added. */
  redirect(params: Record<string, string>): FakeResponse;
}

export interface AuthorizeRules {
  /** The parameter naming the client (TikTok's `client_key`); `client_id` by default. */
  clientParam?: string;
  scopeSeparator: ' ' | ',';
  unknownClient: FakeResponse;
  badRedirect: FakeResponse;
}

/** The request of an authorize page, or the network's own error page when the client or its redirect URI is wrong. */
export function readAuthorize<A extends { redirectUris: string[] }>(url: URL, apps: Map<string, A>, rules: AuthorizeRules): AuthorizeRequest<A> | FakeResponse {
  const q = (name: string) => url.searchParams.get(name) ?? '';
  const app = apps.get(q(rules.clientParam ?? 'client_id'));
  if (!app) return rules.unknownClient;
  if (!app.redirectUris.includes(q('redirect_uri'))) return rules.badRedirect;
  const scopes = q('scope').split(rules.scopeSeparator).filter(Boolean);
  const redirect = (params: Record<string, string>): FakeResponse => {
    const back = new URL(q('redirect_uri'));
    for (const [k, v] of Object.entries(params)) back.searchParams.set(k, v);
    return { status: 302, headers: { location: back.toString() } };
  };
  return { q, app, scopes, redirect };
}

/**
 * The client of a token request that sends its id and secret in the form body (RFC 6749 §2.3.1), when both match
 * a registered app; TikTok names the id `client_key`.
 */
export function formClient<A extends { clientSecret: string }>(apps: Map<string, A>, body: URLSearchParams, idParam = 'client_id'): A | undefined {
  const app = apps.get(body.get(idParam) ?? '');
  return app && app.clientSecret === body.get('client_secret') ? app : undefined;
}
