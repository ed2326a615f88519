/**
 * Writing help against a local server speaking the OpenAI chat-completions API (as llama.cpp's server and Ollama
 * do): the request carries the model, the key and a brief per network and segment; rewrites that break the channel's
 * rules are dropped and counted; the server's failures are 502 with a reason; off without CHORUS_AI_BASE_URL;
 * another workspace's channel is 404; viewers cannot ask; a redirect from the model server to another local address
 * is refused by the address guard.
 * Run: node scripts/test.mjs src/features/writing-help (PGlite and PostgreSQL)
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call, type TestApp } from '../../testing/app.js';
import { createTenantApp, setupTenant, type Tenant } from '../../testing/scenario.js';
import { memberToken } from '../../../test/fakes/inbox-network.js';
import { readRewrites, rewriteMessages } from './prompt.js';

interface Seen { auth: string | undefined; body: { model: string; messages: Array<{ role: string; content: string }> } }

/** A chat-completions server: answers what `reply` says, and keeps what it was sent. */
async function modelServer(reply: (body: Seen['body'], req: IncomingMessage) => { status: number; content?: string; location?: string }) {
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = JSON.parse(raw || '{}') as Seen['body'];
      seen.push({ auth: req.headers.authorization, body });
      const answer = reply(body, req);
      if (answer.location) {
        res.writeHead(answer.status, { location: answer.location }).end();
        return;
      }
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(
        answer.status === 200
          ? JSON.stringify({ id: 'c1', object: 'chat.completion', created: 0, model: body.model, choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: answer.content } }] })
          : JSON.stringify({ error: { message: 'nope' } }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { seen, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('writing help prompt', () => {
  it('reads rewrites as a JSON array, fenced JSON, an object holding one, or one per line', () => {
    assert.deepEqual(readRewrites('["One", "Two", "One"]'), ['One', 'Two']);
    assert.deepEqual(readRewrites('```json\n["A"]\n```'), ['A']);
    assert.deepEqual(readRewrites('{"rewrites": ["B", "C"]}'), ['B', 'C']);
    assert.deepEqual(readRewrites('1. First one\n- "Second one"\n\n'), ['First one', 'Second one']);
  });

  it('asks for the network, its length, the audience and the language', () => {
    const [system, user] = rewriteMessages({ text: 'Our drink', network: 'x', maxLength: 280, audience: { name: 'Hot climates', condition: '{"climate":"hot"}' }, language: 'French', count: 2 });
    assert.match(system!.content, /2 different rewrites/);
    assert.match(system!.content, /X \(Twitter\)/);
    assert.match(system!.content, /at most 280 characters/);
    assert.match(system!.content, /Hot climates/);
    assert.match(system!.content, /Write in French/);
    assert.equal(user!.content, 'Our drink');
  });
});

forEachDatabase('writing help', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let model: Awaited<ReturnType<typeof modelServer>>;
  /** Another server on this machine that a redirect points to: it must never be reached. */
  let bait: Awaited<ReturnType<typeof modelServer>>;
  let mode: 'ok' | 'refuse' | 'redirect' = 'ok';
  const url = (tenant: Tenant, rest = '') => `/api/v1/workspaces/${tenant.workspaceId}/writing-help${rest}`;

  before(async () => {
    bait = await modelServer(() => ({ status: 200, content: '["From the wrong server"]' }));
    model = await modelServer(() => {
      if (mode === 'refuse') return { status: 401 };
      // Somewhere else on this machine: the guard trusts the configured origin only, not where it points.
      if (mode === 'redirect') return { status: 307, location: `${bait.url}/chat/completions` };
      return { status: 200, content: JSON.stringify(['Cold and refreshing, all summer.', 'x'.repeat(301), 'Taste the summer days.']) };
    });
    ({ app: t, tenant: a } = await createTenantApp(getDb(), { env: { CHORUS_AI_BASE_URL: model.url, CHORUS_AI_API_KEY: 'sk-local', CHORUS_AI_MODEL: 'llama-3.2-3b' } }));
    b = await setupTenant(t.app, { owner: { token: a.token } });
  });
  after(async () => {
    await t?.close();
    await model?.close();
    await bait?.close();
  });

  it('says it is on, and with which model', async () => {
    const res = await call(t.app, a.token, 'GET', url(a));
    assert.deepEqual(res.body, { enabled: true, model: 'llama-3.2-3b' });
  });

  it('returns the rewrites that fit the channel, drops the one that does not, and sends model, key and brief', async () => {
    mode = 'ok';
    const res = await call(t.app, a.token, 'POST', url(a, '/rewrites'), { text: 'Our drink is cold.', channelIds: [a.channelId], language: 'French', count: 3 });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const body = res.body as { suggestions: Array<{ network: string; text: string; length: number; segmentId: null }>; dropped: number; model: string };
    assert.deepEqual(body.suggestions.map((s) => s.text), ['Cold and refreshing, all summer.', 'Taste the summer days.']);
    assert.equal(body.dropped, 1, 'the 301-character rewrite breaks the 300-character limit');
    assert.equal(body.suggestions[0]!.network, 'bluesky');
    const last = model.seen.at(-1)!;
    assert.equal(last.auth, 'Bearer sk-local');
    assert.equal(last.body.model, 'llama-3.2-3b');
    assert.match(last.body.messages[0]!.content, /at most 300 characters/);
    assert.match(last.body.messages[0]!.content, /Write in French/);
  });

  it("answers 502 with what to check when the model server refuses, and refuses a redirect to another local address", async () => {
    mode = 'refuse';
    const refused = await call(t.app, a.token, 'POST', url(a, '/rewrites'), { text: 'Hello', channelIds: [a.channelId] });
    assert.equal(refused.status, 502);
    assert.match((refused.body as { error: { message: string } }).error.message, /CHORUS_AI_API_KEY/);
    mode = 'redirect';
    const redirected = await call(t.app, a.token, 'POST', url(a, '/rewrites'), { text: 'Hello', channelIds: [a.channelId] });
    assert.equal(redirected.status, 502);
    assert.equal((redirected.body as { error: { code: string } }).error.code, 'writing_help_unreachable');
    assert.equal(bait.seen.length, 0, 'the redirect to another local address was refused before connecting');
  });

  it("keeps other workspaces' channels out, and viewers from asking", async () => {
    mode = 'ok';
    const before = model.seen.length;
    assert.equal((await call(t.app, a.token, 'POST', url(a, '/rewrites'), { text: 'Hello', channelIds: [b.channelId] })).status, 404);
    const viewer = await memberToken(t.app, a.token, a.workspaceId, 'viewer');
    assert.equal((await call(t.app, viewer, 'POST', url(a, '/rewrites'), { text: 'Hello', channelIds: [a.channelId] })).status, 403);
    assert.equal(model.seen.length, before, 'the model was never asked');
    assert.equal((await call(t.app, a.token, 'POST', url(a, '/rewrites'), { text: '   ', channelIds: [a.channelId] })).status, 400);
  });
});

forEachDatabase('writing help off', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  before(async () => ({ app: t, tenant: a } = await createTenantApp(getDb())));
  after(async () => t?.close());

  it('is off without CHORUS_AI_BASE_URL and says how to turn it on', async () => {
    assert.deepEqual((await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/writing-help`)).body, { enabled: false, model: null });
    const res = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/writing-help/rewrites`, { text: 'Hello', channelIds: [a.channelId] });
    assert.equal(res.status, 422);
    assert.match((res.body as { error: { message: string } }).error.message, /CHORUS_AI_BASE_URL/);
  });
});
