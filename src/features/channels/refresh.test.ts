import assert from 'node:assert/strict';
import { beforeEach, it, test } from 'node:test';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { forEachDatabase } from '../../db/testing.js';
import { NetworkError } from '../../networks/connector.js';
import { InboxNetwork } from '../../../test/fakes/inbox-network.js';
import { channelSyncRepository } from '../engagement/sync-repository.js';
import { runPublish } from '../publishing/publisher.js';
import { nextRefreshCheck, refreshChannel } from './refresh.js';
import { channelsRepository } from './repository.js';

test('the next check is when the 10-minute margin opens, at least every 6 hours, never sooner than a minute', () => {
  const now = Date.UTC(2026, 10, 25);
  const check = (expiresInMs?: number) => nextRefreshCheck(expiresInMs === undefined ? {} : { expiresAt: new Date(now + expiresInMs).toISOString() }, now).getTime() - now;
  assert.equal(check(2 * 3600_000), 2 * 3600_000 - 10 * 60_000, 'X: 2-hour token, looked at 10 minutes before');
  assert.equal(check(60 * 24 * 3600_000), 6 * 3600_000, 'long-lived: every 6 hours');
  assert.equal(check(), 6 * 3600_000, 'no expiry');
  assert.equal(check(-3600_000), 60_000, 'already expired: soon, not in a loop');
});

forEachDatabase('credential refresh', (getDb) => {
  const inbox = new InboxNetwork();

  const { t, a } = useTenantApp(getDb, { network: inbox });
  beforeEach(() => {
    inbox.failures = [];
    inbox.refresh = () => null;
  });

  const channel = async () => (await channelsRepository.findById(getDb().db, a.channelId))!;
  const credentials = async () => {
    const row = await channel();
    return t.ctx.secrets.open(row.credentials_enc, row.workspace_id);
  };

  it('saves refreshed credentials sealed, and schedules the next check from their expiry', async () => {
    const now = Date.now();
    const expiresAt = new Date(now + 2 * 3600_000).toISOString();
    inbox.refresh = (c) => (c['token'] === 'fresh-token' ? null : { ...c, token: 'fresh-token', expiresAt });
    assert.equal(await refreshChannel(t.ctx, a.channelId, now), 'refreshed');
    const row = await channel();
    assert.ok(!row.credentials_enc.includes('fresh-token'), 'stored encrypted');
    assert.equal((await credentials())['token'], 'fresh-token');
    const sync = await channelSyncRepository.get(getDb().db, a.channelId);
    assert.equal(sync?.refresh_next_at.getTime(), Date.parse(expiresAt) - 10 * 60_000);
    assert.ok(sync?.refresh_checked_at && sync.refresh_checked_at >= row.updated_at, 'saving does not make the channel due again');
    assert.deepEqual(await channelSyncRepository.claimDue(getDb().db, 'refresh', 60_000), []);
    // Nothing to do: credentials untouched.
    assert.equal(await refreshChannel(t.ctx, a.channelId), 'unchanged');
    assert.equal((await credentials())['token'], 'fresh-token');
  });

  it('a rate limit or an outage retries later, as the network says or with a growing backoff', async () => {
    const now = Date.now();
    inbox.failures = [new NetworkError('rate_limited', 'slow down', { retryAfterMs: 90_000 })];
    assert.equal(await refreshChannel(t.ctx, a.channelId, now), 'retry_later');
    assert.equal((await channelSyncRepository.get(getDb().db, a.channelId))?.refresh_next_at.getTime(), now + 90_000);
    inbox.failures = [new NetworkError('transient', 'HTTP 503')];
    assert.equal(await refreshChannel(t.ctx, a.channelId, now), 'retry_later');
    const sync = await channelSyncRepository.get(getDb().db, a.channelId);
    assert.equal(sync?.refresh_failures, 2);
    assert.equal(sync?.refresh_next_at.getTime(), now + 2 * 60_000);
    assert.equal((await channel()).status, 'active');
  });

  it('a refused refresh marks the channel needs_reconnect; its publications are held, then released by a reconnect', async () => {
    // A publication queued before the refusal (scheduled in the past so it is due) is held, not posted or dropped.
    const post = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, { text: 'queued', channelIds: [a.channelId], scheduledAt: new Date(Date.now() + 60_000).toISOString() });
    assert.equal(post.status, 201, JSON.stringify(post.body));
    const pubId = post.body.publications[0].id as string;
    await getDb().db.updateTable('publications').set({ scheduled_at: new Date(Date.now() - 1000) }).where('id', '=', pubId).execute();
    inbox.failures = [new NetworkError('auth', 'The refresh token was revoked')];
    assert.equal(await refreshChannel(t.ctx, a.channelId), 'needs_reconnect');
    const row = await channel();
    assert.equal(row.status, 'needs_reconnect');
    assert.match(row.status_reason ?? '', /revoked/);
    const audit = await getDb().db.selectFrom('audit_log').selectAll().where('action', '=', 'channel.needs_reconnect').where('target_id', '=', a.channelId).execute();
    assert.equal(audit.length, 1);
    // A refresh of a channel waiting for reconnection does nothing.
    assert.equal(await refreshChannel(t.ctx, a.channelId), 'skipped');

    const pub = await getDb().db.selectFrom('publications').selectAll().where('id', '=', pubId).executeTakeFirstOrThrow();
    await runPublish(t.ctx, { publicationId: pubId, version: pub.version });
    const held = await getDb().db.selectFrom('publications').selectAll().where('id', '=', pubId).executeTakeFirstOrThrow();
    assert.equal(held.status, 'held');
    assert.match(held.error ?? '', /reconnected/);
    assert.equal(inbox.memory.posts.filter((p) => p.text === 'queued').length, 0);

    const again = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/channels`, { network: 'bluesky', identifier: row.handle, appPassword: 'good' });
    assert.equal(again.status, 200, JSON.stringify(again.body));
    assert.equal((await getDb().db.selectFrom('publications').select('status').where('id', '=', pubId).executeTakeFirstOrThrow()).status, 'scheduled');
    // The reconnect saved new credentials: the channel is due for a check at once.
    assert.ok((await channelSyncRepository.claimDue(getDb().db, 'refresh', 60_000)).includes(a.channelId));
  });
});
