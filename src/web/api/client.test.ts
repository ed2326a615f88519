/**
 * The typed client sends what the server expects from a signed-in browser (CSRF token on writes, JSON, multipart for
 * uploads) and turns answers into data or an ApiError carrying the server's code and field.
 * Run: node --import tsx --test src/web/api/client.test.ts
 */
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { ApiError, setCsrfToken } from '../http';
import { answer, client, done, withForm } from './client';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
  setCsrfToken(null);
});

/** Answers every request with `response` and keeps the requests sent. */
function answerWith(response: () => Response): Request[] {
  const sent: Request[] = [];
  globalThis.fetch = (async (input: Request) => {
    sent.push(input);
    return response();
  }) as typeof fetch;
  return sent;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

test('a read answers its documented data, without the CSRF token', async () => {
  setCsrfToken('token-1');
  const sent = answerWith(() => json({ channels: [] }));
  const { channels } = await answer(client.GET('/api/v1/workspaces/{ws}/channels', { params: { path: { ws: 'w 1' } } }));
  assert.deepEqual(channels, []);
  assert.equal(new URL(sent[0]!.url).pathname, '/api/v1/workspaces/w%201/channels');
  assert.equal(sent[0]!.headers.get('x-csrf-token'), null);
  assert.equal(sent[0]!.headers.get('accept'), 'application/json');
});

test('a write carries the CSRF token and a JSON body', async () => {
  setCsrfToken('token-2');
  const sent = answerWith(() => json({ id: 'w', name: 'Acme', role: 'owner' }, 201));
  const workspace = await answer(client.POST('/api/v1/workspaces', { body: { name: 'Acme' } }));
  assert.equal(workspace.name, 'Acme');
  assert.equal(sent[0]!.headers.get('x-csrf-token'), 'token-2');
  assert.deepEqual(await sent[0]!.json(), { name: 'Acme' });
});

test('an error answer becomes an ApiError with its code, message and field', async () => {
  answerWith(() => json({ error: { code: 'invalid_input', message: 'Name is too long.', field: 'name' } }, 400));
  const failure = await answer(client.POST('/api/v1/workspaces', { body: { name: 'x' } })).catch((e: unknown) => e);
  assert.ok(failure instanceof ApiError);
  assert.equal(failure.status, 400);
  assert.equal(failure.code, 'invalid_input');
  assert.equal(failure.field, 'name');
});

test('a call without a body resolves on 204 and fails on an error', async () => {
  answerWith(() => new Response(null, { status: 204 }));
  await done(client.POST('/api/v1/auth/logout'));
  answerWith(() => json({ error: { code: 'forbidden', message: 'No.' } }, 403));
  await assert.rejects(done(client.POST('/api/v1/auth/logout')), (e: unknown) => e instanceof ApiError && e.code === 'forbidden');
});

test('an upload sends its form as multipart', async () => {
  const sent = answerWith(() => json({ id: 'm' }, 201));
  const form = new FormData();
  form.set('altText', 'a cat');
  await answer(client.POST('/api/v1/workspaces/{ws}/media', { params: { path: { ws: 'w' } }, middleware: withForm(form) }));
  assert.match(sent[0]!.headers.get('content-type') ?? '', /^multipart\/form-data; boundary=/);
  assert.equal((await sent[0]!.formData()).get('altText'), 'a cat');
});
