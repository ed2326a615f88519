/**
 * Outgoing webhooks, attacks first: a URL at a local or private address (typed, or a name that resolves there later)
 * never receives anything; a redirect is not followed; another workspace's webhook is a 404; an editor is refused;
 * the secret is shown once and sealed. Then what a receiver relies on: a signature it can check over the raw body,
 * retries with the log showing them, and only the events it subscribed to.
 */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, afterEach, before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { invitePerson, type Person } from '../auth/people.testing.js';
import { deliverWebhook, GIVE_UP_AFTER_MS } from './delivery.js';
import { emitEvents } from './events.js';

interface Receiver {
  server: Server;
  url: string;
  hits: Array<{ headers: IncomingHttpHeaders; body: string }>;
  answer: { status: number; headers?: Record<string, string>; body?: string };
}

async function receiver(): Promise<Receiver> {
  const r = { hits: [], answer: { status: 200, body: 'ok' } } as unknown as Receiver;
  r.server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      r.hits.push({ headers: req.headers, body });
      // No kept-alive connection: each delivery opens its own, where the address check runs.
      res.writeHead(r.answer.status, { connection: 'close', ...r.answer.headers }).end(r.answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => r.server.listen(0, '127.0.0.1', resolve));
  r.url = `http://127.0.0.1:${(r.server.address() as AddressInfo).port}/hook`;
  return r;
}

const allowPrivate = (on: boolean) => {
  if (on) process.env.CHORUS_ALLOW_PRIVATE_NETWORKS = '1';
  else delete process.env.CHORUS_ALLOW_PRIVATE_NETWORKS;
};

forEachDatabase('outgoing webhooks', (getDb) => {
  const { t, a, b } = useTenantApp(getDb, { secondTenant: true });
  let hook: Receiver;
  let other: Receiver;
  let editor: Person;
  before(async () => {
    hook = await receiver();
    other = await receiver();
    editor = await invitePerson(t.app, a, 'hooks-editor@example.com', 'editor');
  });
  afterEach(() => allowPrivate(false));
  after(async () => {
    await new Promise((r) => hook?.server.close(r));
    await new Promise((r) => other?.server.close(r));
  });

  const hooks = (ws: string) => `/api/v1/workspaces/${ws}/webhooks`;
  const create = async (url: string, events: string[], who: string | Person = a.token) => call(t.app, who, 'POST', hooks(a.workspaceId), { url, events });
  const deliveriesOf = async (id: string) => (await call(t.app, a.token, 'GET', `${hooks(a.workspaceId)}/${id}/deliveries`)).body.deliveries as Array<Record<string, unknown>>;
  const createLocal = async (events: string[]) => {
    allowPrivate(true);
    const res = await create(hook.url, events);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body as { webhook: { id: string }; secret: string };
  };
  const deliveryRows = (webhookId: string) => getDb().db.selectFrom('webhook_deliveries').selectAll().where('webhook_id', '=', webhookId).orderBy('created_at').execute();

  it('refuses a local or private address with 422 unsafe_url, and plain http or a password in it', async () => {
    for (const url of ['https://127.0.0.1/hook', 'https://10.1.2.3/hook', 'https://[::1]/hook', 'https://localhost/hook', 'https://[::ffff:7f00:1]/', 'https://169.254.169.254/']) {
      const res = await create(url, ['publication.published']);
      assert.equal(res.status, 422, url);
      assert.equal(res.body.error.code, 'unsafe_url', url);
      assert.equal(res.body.error.field, 'url');
    }
    assert.equal((await create(hook.url.replace('http:', 'https:'), ['publication.published'])).body.error.code, 'unsafe_url');
    assert.equal((await create('http://example.com/hook', ['publication.published'])).body.error.code, 'webhook_url_invalid');
    assert.equal((await create('https://user:pw@example.com/hook', ['publication.published'])).body.error.code, 'webhook_url_invalid');
    assert.equal((await create('https://example.com/hook', [])).status, 400);
    assert.equal((await create('https://example.com/hook', ['post.liked'])).status, 400);
    assert.equal((await create(`https://example.com/${'a'.repeat(2100)}`, ['publication.published'])).status, 400);
    assert.equal(hook.hits.length, 0);
  });

  it('lets only admins manage webhooks: an editor gets 403', async () => {
    assert.equal((await create('https://example.com/hook', ['publication.published'], editor)).status, 403);
    assert.equal((await call(t.app, editor, 'GET', hooks(a.workspaceId))).status, 403);
  });

  it('shows the secret once, keeps it sealed, audits without it', async () => {
    const { webhook, secret } = await createLocal(['conversion.created']);
    assert.match(secret, /^whsec_/);
    const list = await call(t.app, a.token, 'GET', hooks(a.workspaceId));
    assert.equal(list.status, 200);
    assert.ok(list.body.webhooks.some((w: { id: string }) => w.id === webhook.id));
    assert.ok(!JSON.stringify(list.body).includes(secret));
    const row = await getDb().db.selectFrom('outgoing_webhooks').selectAll().where('id', '=', webhook.id).executeTakeFirstOrThrow();
    assert.ok(!row.secret_enc.includes(secret), 'sealed at rest');
    const audit = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/audit`);
    assert.ok(audit.body.entries.some((e: { action: string }) => e.action === 'webhook.created'));
    assert.ok(!JSON.stringify(audit.body).includes(secret));
  });

  it('answers 404 for another workspace\'s webhook', async () => {
    const { webhook } = await createLocal(['conversion.created']);
    const path = `${hooks(a.workspaceId)}/${webhook.id}`;
    assert.equal((await call(t.app, b.token, 'GET', `${path}/deliveries`)).status, 404);
    assert.equal((await call(t.app, b.token, 'POST', `${path}/test`)).status, 404);
    assert.equal((await call(t.app, b.token, 'DELETE', path)).status, 404);
    const ownPath = `${hooks(b.workspaceId)}/${webhook.id}`;
    assert.equal((await call(t.app, b.token, 'GET', `${ownPath}/deliveries`)).status, 404);
    assert.equal((await call(t.app, b.token, 'POST', `${ownPath}/test`)).status, 404);
    assert.equal((await call(t.app, b.token, 'DELETE', ownPath)).status, 404);
    assert.equal((await call(t.app, a.token, 'GET', `${path}/deliveries`)).status, 200, 'still there');
  });

  it('signs each delivery so the receiver can check it over the raw body', async () => {
    const { webhook, secret } = await createLocal(['conversion.created']);
    const queued = await call(t.app, a.token, 'POST', `${hooks(a.workspaceId)}/${webhook.id}/test`);
    assert.equal(queued.status, 201, JSON.stringify(queued.body));
    hook.hits.length = 0;
    await deliverWebhook(t.ctx, queued.body.id);
    assert.equal(hook.hits.length, 1);
    const { headers, body } = hook.hits[0]!;
    const [, ts, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(headers['chorus-signature']))!;
    assert.equal(createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex'), v1);
    assert.ok(Math.abs(Number(ts) - Date.now() / 1000) < 60);
    const event = JSON.parse(body);
    assert.equal(event.type, 'webhook.test');
    assert.deepEqual(Object.keys(event).sort(), ['createdAt', 'data', 'id', 'type']);
    const [log] = await deliveriesOf(webhook.id);
    assert.equal(log!.status, 'delivered');
    assert.equal(log!.lastStatus, 200);
    assert.equal(log!.attempts, 1);
  });

  it('never reaches a local listener once private addresses are no longer allowed (the address is checked at delivery)', async () => {
    const { webhook } = await createLocal(['conversion.created']);
    const queued = await call(t.app, a.token, 'POST', `${hooks(a.workspaceId)}/${webhook.id}/test`);
    allowPrivate(false);
    hook.hits.length = 0;
    await deliverWebhook(t.ctx, queued.body.id);
    assert.equal(hook.hits.length, 0);
    const [log] = await deliveriesOf(webhook.id);
    assert.equal(log!.status, 'pending', 'retried later, in case it was a mistake');
    assert.match(String(log!.lastError), /local or private/);
  });

  it('does not follow a redirect: it is recorded as a failure', async () => {
    const { webhook } = await createLocal(['conversion.created']);
    const queued = await call(t.app, a.token, 'POST', `${hooks(a.workspaceId)}/${webhook.id}/test`);
    hook.answer = { status: 302, headers: { location: other.url } };
    try {
      await deliverWebhook(t.ctx, queued.body.id);
    } finally {
      hook.answer = { status: 200, body: 'ok' };
    }
    assert.equal(other.hits.length, 0);
    const [log] = await deliveriesOf(webhook.id);
    assert.equal(log!.lastStatus, 302);
    assert.match(String(log!.lastError), /redirect/);
  });

  it('retries a failing receiver with backoff, shows every attempt in the log, and gives up after a day', async () => {
    const { webhook } = await createLocal(['conversion.created']);
    const queued = await call(t.app, a.token, 'POST', `${hooks(a.workspaceId)}/${webhook.id}/test`);
    hook.answer = { status: 500, body: 'x'.repeat(5000) };
    try {
      hook.hits.length = 0;
      await deliverWebhook(t.ctx, queued.body.id);
      let [log] = await deliveriesOf(webhook.id);
      assert.equal(log!.status, 'pending');
      assert.equal(log!.attempts, 1);
      assert.equal(log!.lastStatus, 500);
      assert.equal(String(log!.responseExcerpt).length, 500, 'only an excerpt is kept');
      const wait = new Date(String(log!.nextAttemptAt)).getTime() - new Date(String(log!.lastAttemptAt)).getTime();
      assert.equal(wait, 60_000);
      const jobs = await getDb().db.selectFrom('pgboss.job' as never).selectAll().where('name' as never, '=', 'webhook-delivery.v1' as never).execute();
      assert.ok(jobs.length >= 2, 'the next attempt is queued');

      await deliverWebhook(t.ctx, queued.body.id);
      [log] = await deliveriesOf(webhook.id);
      assert.equal(log!.attempts, 2);
      assert.equal(log!.status, 'pending');
      const created = new Date(String(log!.createdAt)).getTime();
      await deliverWebhook(t.ctx, queued.body.id, () => new Date(created + GIVE_UP_AFTER_MS - 10 * 60_000));
      // Its next attempt (30 min later) would be past the day: it gives up.
      [log] = await deliveriesOf(webhook.id);
      assert.equal(log!.attempts, 3);
      assert.equal(log!.status, 'failed');
      assert.equal(log!.nextAttemptAt, null);
      assert.equal(hook.hits.length, 3);
      await deliverWebhook(t.ctx, queued.body.id);
      assert.equal(hook.hits.length, 3, 'a failed delivery is not sent again');
    } finally {
      hook.answer = { status: 200, body: 'ok' };
    }
  });

  it('sends an event only to the webhooks subscribed to it, of its workspace', async () => {
    const conv = await createLocal(['conversion.created']);
    const pub = await createLocal(['publication.published', 'publication.failed']);
    await t.ctx.database.db.transaction().execute((trx) =>
      emitEvents(t.ctx, trx, [
        { workspaceId: a.workspaceId, type: 'publication.published', data: { n: 1 } },
        { workspaceId: b.workspaceId, type: 'conversion.created', data: { n: 2 } },
      ]),
    );
    assert.equal((await deliveryRows(conv.webhook.id)).length, 0);
    const rows = await deliveryRows(pub.webhook.id);
    assert.deepEqual(rows.map((r) => r.event_type), ['publication.published']);
    const conversion = await call(t.app, a.token, 'GET', `${hooks(a.workspaceId)}/${conv.webhook.id}/deliveries`);
    assert.deepEqual(conversion.body.deliveries, []);
  });

  it('deletes a webhook with its log, audited', async () => {
    const { webhook } = await createLocal(['conversion.created']);
    assert.equal((await call(t.app, editor, 'DELETE', `${hooks(a.workspaceId)}/${webhook.id}`)).status, 403);
    assert.equal((await call(t.app, a.token, 'DELETE', `${hooks(a.workspaceId)}/${webhook.id}`)).status, 204);
    assert.equal((await call(t.app, a.token, 'DELETE', `${hooks(a.workspaceId)}/${webhook.id}`)).status, 404);
    const audit = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/audit`);
    assert.ok(audit.body.entries.some((e: { action: string }) => e.action === 'webhook.deleted'));
  });
});
