/**
 * Test helpers for sign-in and two-factor: people invited into a tenant's workspace, signed in with a cookie
 * session, and TOTP codes computed from the secret the server handed out (as an authenticator app does).
 *
 * @example
 *   const bob = await invitePerson(t.app, a, 'bob@example.com', 'editor');
 *   const res = await call(t.app, bob, 'GET', '/api/v1/me/sessions');
 */
import { Secret, TOTP } from 'otpauth';
import type { App } from '../../core/http.js';
import type { Tenant } from '../../testing/scenario.js';
import { call, type SessionCredentials } from '../../testing/app.js';

export interface Person {
  email: string;
  password: string;
  userId: string;
  cookie: string;
  csrf: string;
}

/** The owner of `tenant` invites a new person, who accepts with a password and is signed in. */
export async function invitePerson(app: App, tenant: Tenant, email: string, role = 'editor', userAgent?: string): Promise<Person> {
  const added = await call(app, tenant.token, 'POST', `/api/v1/workspaces/${tenant.workspaceId}/members`, { email, role });
  if (added.status !== 201) throw new Error(`invite failed: ${JSON.stringify(added.body)}`);
  const token = String(added.body.inviteUrl).split('/invite/')[1];
  const password = `${email} password`;
  const accepted = await app.inject({
    method: 'POST',
    url: '/api/v1/invites/accept',
    payload: { token, password },
    headers: userAgent ? { 'user-agent': userAgent } : {},
  });
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.body}`);
  return {
    email,
    password,
    userId: accepted.json().user.id as string,
    cookie: accepted.cookies.find((c) => c.name === 'chorus_session')!.value,
    csrf: accepted.json().csrfToken as string,
  };
}

/** Signs in with the password; returns the raw answer (a session, or a two-factor challenge). */
export async function passwordStep(app: App, email: string, password: string, userAgent = 'node-test') {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, headers: { 'user-agent': userAgent } });
  return { status: res.statusCode, body: res.json(), cookie: res.cookies.find((c) => c.name === 'chorus_session')?.value };
}

/** The session half of a signed-in answer (login, two-factor step), for `call`. */
export function sessionOf(res: { cookies: Array<{ name: string; value: string }>; json(): { csrfToken: string } }) {
  return { cookie: res.cookies.find((c) => c.name === 'chorus_session')!.value, csrf: res.json().csrfToken };
}

/** The code an authenticator app shows `stepsAhead` 30-second steps from now. */
export function totpCode(secret: string, stepsAhead = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + stepsAhead * 30_000 });
}

/** A 6-digit code that is none of the three the server accepts now. */
export function wrongCode(secret: string): string {
  const valid = new Set([-1, 0, 1].map((n) => totpCode(secret, n)));
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, '0');
    if (!valid.has(code)) return code;
  }
}

/** Setup + confirm: two-factor on for `who`; returns the secret and the recovery codes. */
export async function enrol(app: App, who: SessionCredentials) {
  const started = await call(app, who, 'POST', '/api/v1/me/two-factor/setup');
  if (started.status !== 200) throw new Error(`setup failed: ${JSON.stringify(started.body)}`);
  const secret = started.body.secret as string;
  const confirmed = await call(app, who, 'POST', '/api/v1/me/two-factor/confirm', { code: totpCode(secret) });
  if (confirmed.status !== 200) throw new Error(`confirm failed: ${JSON.stringify(confirmed.body)}`);
  return { secret, recoveryCodes: confirmed.body.recoveryCodes as string[] };
}
