/**
 * The inbox and metrics jobs, the inbox API and the X webhook with the real X connector against the strict fake X
 * API (real HTTP): a reply found by polling belongs to our publication, the same reply delivered by webhook stays one
 * row, metrics become a series point, and hide/delete reach X (or say why X refuses).
 * Run: node scripts/test.mjs test/fakes/x/inbox-jobs.test.ts
 */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { before, it } from 'node:test';
import { call } from '../../../src/testing/app.js';
import { forEachDatabase } from '../../../src/db/testing.js';
import { connectChannel } from '../../../src/features/channels/service.js';
import { pollChannelEngagement } from '../../../src/features/engagement/jobs.js';
import { sendReply } from '../../../src/features/engagement/reply-sender.js';
import { collectChannelMetrics } from '../../../src/features/metrics/jobs.js';
import { runPublish } from '../../../src/features/publishing/publisher.js';
import { useXTenant } from './tenant.js';

const CONSUMER_SECRET = 'x-consumer-secret';

forEachDatabase('inbox and metrics jobs against the X fake', (getDb) => {
  const x = useXTenant(getDb, { CHORUS_X_CONSUMER_SECRET: CONSUMER_SECRET });
  let channelId: string;
  let ourUser: { id: string; token: string };
  let publicationId: string;
  let ourTweetId: string;

  before(async () => {
    const { fake, t, a } = x;
    ourUser = fake.addUser('brand');
    channelId = (await connectChannel(t.ctx, x.access(), 'x', { accessToken: ourUser.token })).channel.id;
    const post = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, { text: 'Our launch', channelIds: [channelId], publishNow: true });
    publicationId = post.body.publications[0].id;
    const row = await getDb().db.selectFrom('publications').selectAll().where('id', '=', publicationId).executeTakeFirstOrThrow();
    await runPublish(t.ctx, { publicationId, version: row.version });
    ourTweetId = (await getDb().db.selectFrom('publications').select('external_id').where('id', '=', publicationId).executeTakeFirstOrThrow()).external_id!;
  });

  const rows = () => getDb().db.selectFrom('engagements').selectAll().where('channel_id', '=', channelId).execute();

  it('a poll stores replies and mentions with the publication they answer; a webhook of the same reply stays one row', async () => {
    const { fake, t } = x;
    const fan = fake.addUser('fan');
    const reply = fake.post(fan.id, '@brand congratulations!', { replyTo: ourTweetId });
    const mention = fake.post(fan.id, 'Have you seen @brand today?');
    const polled = await pollChannelEngagement(t.ctx, channelId);
    assert.equal(polled.kind, 'polled');
    const stored = await rows();
    const byId = new Map(stored.map((r) => [r.external_id, r]));
    assert.equal(byId.get(reply.id)?.kind, 'reply');
    assert.equal(byId.get(reply.id)?.publication_id, publicationId);
    assert.equal(byId.get(reply.id)?.author_handle, '@fan');
    assert.equal(byId.get(mention.id)?.kind, 'mention');
    assert.equal(byId.get(mention.id)?.publication_id, null);

    const body = JSON.stringify({
      for_user_id: ourUser.id,
      tweet_create_events: [
        {
          id_str: reply.id,
          created_at: reply.createdAt.toUTCString(),
          text: '@brand congratulations!',
          user: { id_str: fan.id, screen_name: 'fan', name: 'Fan' },
          in_reply_to_status_id_str: ourTweetId,
          in_reply_to_user_id_str: ourUser.id,
        },
      ],
    });
    const signature = `sha256=${createHmac('sha256', CONSUMER_SECRET).update(body).digest('base64')}`;
    const delivered = await t.app.inject({ method: 'POST', url: '/api/v1/webhooks/x', headers: { 'content-type': 'application/json', 'x-twitter-webhooks-signature': signature }, payload: body });
    assert.equal(delivered.statusCode, 200, delivered.body);
    assert.equal((await rows()).length, stored.length, 'the delivered reply was already there');

    // The next poll asks X only for what is newer than the cursor.
    const before = fake.requests.length;
    await pollChannelEngagement(t.ctx, channelId);
    const mentionsCall = fake.requests.slice(before).find((r) => /\/mentions\?/.test(r.path));
    assert.match(mentionsCall?.path ?? '', /start_time=/);
  });

  it('metrics: the job asks X and stores a point of the public (and own non-public) counts', async () => {
    const { fake, t, a } = x;
    const tweet = fake.tweets.get(ourTweetId)!;
    Object.assign(tweet.metrics, { like: 12, retweet: 3, quote: 1, impression: 480, bookmark: 2, linkClicks: 7 });
    assert.deepEqual(await collectChannelMetrics(t.ctx, channelId), { kind: 'collected', points: 1 });
    const res = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/posts/${(await getDb().db.selectFrom('publications').select('post_id').where('id', '=', publicationId).executeTakeFirstOrThrow()).post_id}/metrics`);
    const point = res.body.publications[0].latest;
    assert.equal(point.likes, 12);
    assert.equal(point.reposts, 3);
    assert.equal(point.quotes, 1);
    assert.equal(point.impressions, 480);
    assert.ok(fake.requests.some((r) => r.method === 'GET' && r.path.startsWith('/2/tweets?') && r.path.includes(ourTweetId)));
  });

  it('hide reaches X; deleting someone else\'s reply is refused with X\'s reason', async () => {
    const { fake, t, a } = x;
    const reply = (await rows()).find((r) => r.kind === 'reply')!;
    const base = `/api/v1/workspaces/${a.workspaceId}/engagements/${reply.id}`;
    const hidden = await call(t.app, a.token, 'POST', `${base}/hide`, { hidden: true });
    assert.equal(hidden.status, 200, JSON.stringify(hidden.body));
    assert.equal(fake.tweets.get(reply.external_id)?.hidden, true);
    const removed = await call(t.app, a.token, 'DELETE', base);
    assert.equal(removed.status, 422);
    assert.match(removed.body.error.message, /not allowed to delete/);
    assert.ok(fake.tweets.has(reply.external_id));
    const answered = await call(t.app, a.token, 'POST', `${base}/reply`, { text: 'Thank you!' });
    assert.equal(answered.status, 202, JSON.stringify(answered.body));
    assert.equal(await sendReply(t.ctx, answered.body.reply.id), 'sent');
    const sent = await getDb().db.selectFrom('engagement_replies').select('external_id').where('id', '=', answered.body.reply.id).executeTakeFirstOrThrow();
    assert.equal(fake.tweets.get(sent.external_id!)?.replyTo?.tweetId, reply.external_id);
  });
});
