/**
 * The web app's requests: a 401 signs the person out, unless the request was sent under an earlier session.
 * Run: node --import tsx --test src/web/http.test.ts
 */
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { answer, client } from './api/client';
import { setCsrfToken, setUnauthorizedHandler } from './http';

const channels = () => answer(client.GET('/api/v1/workspaces/{ws}/channels', { params: { path: { ws: 'w' } } }));

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
  setUnauthorizedHandler(null);
});

const unauthorized = () => new Response(JSON.stringify({ error: { code: 'unauthorized', message: 'Sign in first.' } }), { status: 401 });

test('a 401 shows sign-in again, but not for a request sent before someone else signed in', async () => {
  let signedOut = 0;
  setUnauthorizedHandler(() => signedOut++);
  setCsrfToken('owner-session');

  // A slow look-up from the owner's session...
  let answerSlow!: (r: Response) => void;
  globalThis.fetch = (() => new Promise<Response>((resolve) => (answerSlow = resolve))) as typeof fetch;
  const slow = channels().catch((e: unknown) => e);
  // ...the owner signs out and Carol signs in before it answers.
  setCsrfToken(null);
  setCsrfToken('carol-session');
  answerSlow(unauthorized());
  assert.equal(((await slow) as { status: number }).status, 401, 'the stale request still fails');
  assert.equal(signedOut, 0, 'Carol stays signed in');

  // Carol's own session expiring does show sign-in.
  globalThis.fetch = (async () => unauthorized()) as typeof fetch;
  await channels().catch(() => undefined);
  assert.equal(signedOut, 1);
});
