import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call, waitFor } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { MemoryNetwork } from '../../../test/fakes/memory-network.js';

forEachDatabase('posts API', (getDb) => {
  const network = new MemoryNetwork();
  const { t, a } = useTenantApp(getDb, { network });

  const base = () => `/api/v1/workspaces/${a.workspaceId}`;

  it('creates a draft with one publication per channel, variants applied', async () => {
    const res = await call(t.app, a.token, 'POST', `${base()}/posts`, {
      text: 'Hello everyone',
      channelIds: [a.channelId],
      variants: [{ network: 'bluesky', text: 'Hello Bluesky 🦋' }],
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.status, 'draft');
    assert.equal(res.body.publications.length, 1);
    assert.equal(res.body.publications[0].text, 'Hello Bluesky 🦋');
    assert.equal(res.body.publications[0].status, 'draft');
  });

  it('refuses text over the network limit with 422 naming the channel and the rule, and saves nothing', async () => {
    const before = await call(t.app, a.token, 'GET', `${base()}/posts?status=draft`);
    const res = await call(t.app, a.token, 'POST', `${base()}/posts`, { text: 'é'.repeat(301), channelIds: [a.channelId], publishNow: true });
    assert.equal(res.status, 422);
    assert.equal(res.body.error.code, 'validation_failed');
    const v = res.body.error.details.violations[0];
    assert.equal(v.channelId, a.channelId);
    assert.equal(v.rule, 'too_long');
    assert.match(v.message, /300/);
    // The numbers travel as values too, for the message in another language.
    assert.deepEqual(v.params, { max: 300, length: 301 });
    assert.deepEqual(res.body.error.params, { network: 'bluesky', rule: 'too_long', max: 300, length: 301, others: 0 });
    const afterList = await call(t.app, a.token, 'GET', `${base()}/posts?status=draft`);
    assert.equal(afterList.body.posts.length, before.body.posts.length);
  });

  it('counts graphemes, not UTF-16 units: 300 family emoji fit', async () => {
    const res = await call(t.app, a.token, 'POST', `${base()}/posts/validate`, { text: '👨‍👩‍👧'.repeat(300), channelIds: [a.channelId] });
    assert.equal(res.status, 200);
    // 300 graphemes pass the grapheme rule; the 3,000-byte rule of the network still applies (each is 18 bytes).
    assert.deepEqual(res.body.violations.map((v: { rule: string }) => v.rule), ['too_many_bytes']);
  });

  it('rejects unknown channels, bad dates and past dates with a field', async () => {
    const unknown = await call(t.app, a.token, 'POST', `${base()}/posts`, { text: 'x', channelIds: ['00000000-0000-4000-8000-000000000000'] });
    assert.equal(unknown.status, 422);
    assert.equal(unknown.body.error.field, 'channelIds');
    const bad = await call(t.app, a.token, 'POST', `${base()}/posts`, { text: 'x', channelIds: [a.channelId], scheduledAt: 'tomorrow' });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.field, 'scheduledAt');
    const past = await call(t.app, a.token, 'POST', `${base()}/posts`, { text: 'x', channelIds: [a.channelId], scheduledAt: '2020-01-01T00:00:00Z' });
    assert.equal(past.status, 422);
    assert.equal(past.body.error.code, 'date_in_past');
  });

  it('shows scheduled posts on the calendar range, reschedules and cancels', async () => {
    const at = new Date(Date.now() + 3 * 86_400_000);
    const created = await call(t.app, a.token, 'POST', `${base()}/posts`, { text: 'Later', channelIds: [a.channelId], scheduledAt: at.toISOString() });
    assert.equal(created.status, 201);
    assert.equal(created.body.status, 'scheduled');
    const from = new Date(at.getTime() - 86_400_000).toISOString();
    const to = new Date(at.getTime() + 86_400_000).toISOString();
    const range = await call(t.app, a.token, 'GET', `${base()}/posts?from=${from}&to=${to}`);
    assert.ok(range.body.posts.some((p: { id: string }) => p.id === created.body.id));
    const later = new Date(at.getTime() + 7 * 86_400_000).toISOString();
    const moved = await call(t.app, a.token, 'PATCH', `${base()}/posts/${created.body.id}`, { scheduledAt: later });
    assert.equal(moved.status, 200);
    assert.equal(new Date(moved.body.publications[0].scheduledAt).toISOString(), later);
    const cancelled = await call(t.app, a.token, 'POST', `${base()}/posts/${created.body.id}/cancel`);
    assert.equal(cancelled.body.status, 'cancelled');
    assert.equal(cancelled.body.publications[0].status, 'cancelled');
  });

  it("passes a network's own options through validation to the network: the network's, then the channel's", async () => {
    const refused = await call(t.app, a.token, 'POST', `${base()}/posts`, {
      text: 'For some',
      channelIds: [a.channelId],
      variants: [{ network: 'bluesky', options: { audience: 'nobody' } }],
      publishNow: true,
    });
    assert.equal(refused.status, 422, JSON.stringify(refused.body));
    assert.equal(refused.body.error.details.violations[0].field, 'options.audience');

    const created = await call(t.app, a.token, 'POST', `${base()}/posts`, {
      text: 'For followers',
      channelIds: [a.channelId],
      variants: [
        { network: 'bluesky', options: { audience: 'everyone', tag: 'n' } },
        { channelId: a.channelId, options: { audience: 'followers' } },
      ],
      publishNow: true,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.deepEqual(created.body.publications[0].options, { audience: 'followers', tag: 'n' });
    const { startWorkers } = await import('../../app/workers.js');
    const stop = startWorkers(t.ctx);
    try {
      await waitFor(async () => (network.posts.some((p) => p.text === 'For followers') ? true : null));
      assert.deepEqual(network.posts.find((p) => p.text === 'For followers')!.options, { audience: 'followers', tag: 'n' });
    } finally {
      await stop();
    }
  });

  it('publishes now, exactly once, and deletes on the network', async () => {
    const created = await call(t.app, a.token, 'POST', `${base()}/posts`, { text: 'Now!', channelIds: [a.channelId], publishNow: true });
    assert.equal(created.status, 201);
    const { startWorkers } = await import('../../app/workers.js');
    const stop = startWorkers(t.ctx);
    try {
      const post = await waitFor(async () => {
        const got = await call(t.app, a.token, 'GET', `${base()}/posts/${created.body.id}`);
        return got.body.status === 'published' ? got.body : null;
      });
      assert.equal(post.publications[0].externalUrl.startsWith('https://memory.test/'), true);
      assert.equal(network.posts.filter((p) => p.text === 'Now!').length, 1);
      const del = await call(t.app, a.token, 'DELETE', `${base()}/posts/${created.body.id}`);
      assert.equal(del.status, 204);
      assert.equal(network.posts.filter((p) => p.text === 'Now!').length, 0);
      const gone = await call(t.app, a.token, 'GET', `${base()}/posts/${created.body.id}`);
      assert.equal(gone.status, 404);
    } finally {
      await stop();
    }
  });
});
