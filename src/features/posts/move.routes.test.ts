/**
 * Moving a post on the calendar is a PATCH with a new `scheduledAt`: checked like a new schedule (not past, the
 * network's rules, its publishing quota) before anything is saved, and refused for a post that has gone out.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'kysely';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

forEachDatabase('drag-and-drop validation', (getDb) => {
  const { t, a, b } = useTenantApp(getDb, { secondTenant: true });
  const base = () => `/api/v1/workspaces/${a.workspaceId}`;

  async function scheduled(at: Date, text = 'On the calendar') {
    const res = await call(t.app, a.token, 'POST', `${base()}/posts`, { text, channelIds: [a.channelId], scheduledAt: at.toISOString() });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body as { id: string };
  }

  const move = (postId: string, at: Date, token = a.token, ws = a.workspaceId) =>
    call(t.app, token, 'PATCH', `/api/v1/workspaces/${ws}/posts/${postId}`, { scheduledAt: at.toISOString() });

  /** `count` scheduled publications on the tenant's channel at `at`, written straight to the tables. */
  async function fill(at: Date, count: number) {
    await sql`
      WITH filler AS (
        INSERT INTO posts (workspace_id, text, media_ids, variants, status, scheduled_at)
        SELECT ${a.workspaceId}, 'filler', '[]', '[]', 'scheduled', ${at} FROM generate_series(1, ${count})
        RETURNING id, scheduled_at
      )
      INSERT INTO publications (workspace_id, post_id, channel_id, network, text, media_ids, options, status, scheduled_at, idempotency_key)
      SELECT ${a.workspaceId}, id, ${a.channelId}, 'bluesky', 'filler', '[]', '{}', 'scheduled', scheduled_at, 'filler-' || id FROM filler
    `.execute(getDb().db);
  }

  const dueOf = async (postId: string) => (await call(t.app, a.token, 'GET', `${base()}/posts/${postId}`)).body.publications[0].scheduledAt;

  it('moves a scheduled post to another day and time, its publications with it', async () => {
    const post = await scheduled(new Date(Date.now() + 2 * DAY));
    const target = new Date(Date.now() + 5 * DAY + 3 * HOUR);
    const res = await move(post.id, target);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.status, 'scheduled');
    assert.equal(new Date(res.body.scheduledAt).toISOString(), target.toISOString());
    assert.equal(new Date(res.body.publications[0].scheduledAt).toISOString(), target.toISOString());
  });

  it('refuses a move into the past and keeps the post where it was', async () => {
    const at = new Date(Date.now() + 2 * DAY);
    const post = await scheduled(at);
    const res = await move(post.id, new Date(Date.now() - DAY));
    assert.equal(res.status, 422);
    assert.equal(res.body.error.code, 'date_in_past');
    assert.equal(res.body.error.field, 'scheduledAt');
    assert.equal(new Date(await dueOf(post.id)).toISOString(), at.toISOString());
  });

  it("checks the network's rules again: a channel that must be reconnected cannot take the move", async () => {
    const at = new Date(Date.now() + 2 * DAY);
    const post = await scheduled(at);
    await getDb().db.updateTable('channels').set({ status: 'needs_reconnect', status_reason: 'token expired' }).where('id', '=', a.channelId).execute();
    try {
      const res = await move(post.id, new Date(at.getTime() + DAY));
      assert.equal(res.status, 422);
      assert.equal(res.body.error.code, 'validation_failed');
      assert.equal(res.body.error.params.rule, 'channel_needs_reconnect');
      assert.equal(new Date(await dueOf(post.id)).toISOString(), at.toISOString());
    } finally {
      await getDb().db.updateTable('channels').set({ status: 'active', status_reason: null }).where('id', '=', a.channelId).execute();
    }
  });

  it("refuses a move that would take the channel past its network's publishing quota, naming channel and limit", async () => {
    // Bluesky: 5,000 write points an hour per account, 3 a post, so 1,666 posts in any hour.
    const busy = new Date(Math.ceil((Date.now() + 10 * DAY) / HOUR) * HOUR);
    await fill(busy, 1666);
    const at = new Date(busy.getTime() - 2 * DAY);
    const post = await scheduled(at);

    const refused = await move(post.id, new Date(busy.getTime() + 20 * 60_000));
    assert.equal(refused.status, 422, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, 'quota_exceeded');
    assert.equal(refused.body.error.field, 'scheduledAt');
    assert.equal(refused.body.error.params.network, 'bluesky');
    assert.equal(refused.body.error.params.max, 1666);
    assert.equal(refused.body.error.params.window, 1);
    assert.equal(refused.body.error.params.unit, 'hours');
    assert.match(refused.body.error.params.channel, /brand\d+\.test/);
    assert.match(refused.body.error.message, /Bluesky publishes at most 1666 posts in any 1 hour for brand/);
    assert.equal(new Date(await dueOf(post.id)).toISOString(), at.toISOString());

    // A new post there is refused too; an hour and a half later the window is clear again.
    const created = await call(t.app, a.token, 'POST', `${base()}/posts`, { text: 'x', channelIds: [a.channelId], scheduledAt: new Date(busy.getTime() + 59 * 60_000).toISOString() });
    assert.equal(created.status, 422);
    assert.equal(created.body.error.code, 'quota_exceeded');
    const clear = await move(post.id, new Date(busy.getTime() + 90 * 60_000));
    assert.equal(clear.status, 200, JSON.stringify(clear.body));
  });

  it('counts two moves onto the last free place of an hour one after the other: one fits, the other is refused', async () => {
    const busy = new Date(Math.ceil((Date.now() + 20 * DAY) / HOUR) * HOUR);
    await fill(busy, 1665);
    const [first, second] = [await scheduled(new Date(busy.getTime() - DAY)), await scheduled(new Date(busy.getTime() - DAY))];
    const answers = await Promise.all([move(first.id, new Date(busy.getTime() + 60_000)), move(second.id, new Date(busy.getTime() + 120_000))]);
    assert.deepEqual(answers.map((r) => r.status).sort(), [200, 422], JSON.stringify(answers.map((r) => r.body)));
  });

  it('refuses to move a post that has been published (409)', async () => {
    const post = await scheduled(new Date(Date.now() + 2 * DAY));
    await getDb().db.updateTable('publications').set({ status: 'published', published_at: new Date(), external_id: 'at://done' }).where('post_id', '=', post.id).execute();
    const res = await move(post.id, new Date(Date.now() + 3 * DAY));
    assert.equal(res.status, 409);
    assert.equal(res.body.error.code, 'already_published');
  });

  it("answers 404 for another workspace's post, through either workspace", async () => {
    const post = await scheduled(new Date(Date.now() + 2 * DAY));
    const target = new Date(Date.now() + 4 * DAY);
    assert.equal((await move(post.id, target, b.token, b.workspaceId)).status, 404);
    assert.equal((await move(post.id, target, b.token)).status, 404);
    assert.notEqual(new Date(await dueOf(post.id)).toISOString(), target.toISOString());
  });

  it('saves a draft without a channel, and refuses to schedule it until one is chosen', async () => {
    const draft = await call(t.app, a.token, 'POST', `${base()}/posts`, { text: 'An idea for later', channelIds: [] });
    assert.equal(draft.status, 201, JSON.stringify(draft.body));
    assert.equal(draft.body.status, 'draft');
    assert.deepEqual(draft.body.publications, []);
    const edited = await call(t.app, a.token, 'PATCH', `${base()}/posts/${draft.body.id}`, { text: 'A better idea' });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    const scheduling = await move(draft.body.id, new Date(Date.now() + DAY));
    assert.equal(scheduling.status, 422);
    assert.equal(scheduling.body.error.code, 'no_channels');
    assert.equal(scheduling.body.error.field, 'channelIds');
    const direct = await call(t.app, a.token, 'POST', `${base()}/posts`, { text: 'Now', channelIds: [], publishNow: true });
    assert.equal(direct.status, 422);
    assert.equal(direct.body.error.field, 'channelIds');
    const withChannel = await call(t.app, a.token, 'PATCH', `${base()}/posts/${draft.body.id}`, { channelIds: [a.channelId], scheduledAt: new Date(Date.now() + DAY).toISOString() });
    assert.equal(withChannel.status, 200, JSON.stringify(withChannel.body));
    assert.equal(withChannel.body.status, 'scheduled');
  });
});
