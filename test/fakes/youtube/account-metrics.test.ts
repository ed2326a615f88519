/**
 * The YouTube channel's subscribers and video count (`channels.list`, part `statistics`) read by the connector from
 * the strict fake and stored by the daily round; a token without a read scope stores nothing.
 * Run: node scripts/test.mjs test/fakes/youtube/account-metrics.test.ts
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../../src/db/testing.js';
import { createYouTubeConnector } from '../../../src/networks/youtube/index.js';
import { useAccountRound } from '../account-round.js';
import { channelContext, isNetworkError, rawCall } from '../contract.js';
import { useFake } from '../fixtures.js';
import { startFakeYouTube, type FakeYouTube } from './server.js';

const AT = new Date('2026-12-04T09:00:00Z');

forEachDatabase('YouTube account figures against the fake', (getDb) => {
  let fake: FakeYouTube;
  useFake(async () => (fake = await startFakeYouTube()));
  const connector = () => createYouTubeConnector({ apiUrl: fake.baseUrl, tokenUrl: `${fake.baseUrl}/token` });
  const round = useAccountRound(getDb, connector);
  const channel = (title: string, subscribers: number, options: { scopes?: string[]; hide?: boolean } = {}) => {
    const made = fake.addChannel(title, { scopes: options.scopes });
    Object.assign(fake.channels.get(made.id)!, { subscribers, hideSubscribers: options.hide ?? false });
    return made;
  };

  it('reads subscriberCount and videoCount; a hidden subscriber count is null', async () => {
    const ann = channel('Ann', 15_300);
    assert.deepEqual(await connector().fetchAccountMetrics!(channelContext(ann.id, { accessToken: ann.token })), {
      followers: 15_300,
      following: null,
      posts: 0,
      impressions: null,
      reach: null,
    });
    const shy = channel('Shy', 99, { hide: true });
    assert.equal((await connector().fetchAccountMetrics!(channelContext(shy.id, { accessToken: shy.token }))).followers, null);
  });

  it('the fake refuses a part a channel does not have', async () => {
    const ann = channel('Parts', 1);
    assert.equal((await rawCall(fake.baseUrl, 'GET', '/youtube/v3/channels?mine=true&part=followers', ann.token)).status, 400);
  });

  it('the round stores the day; an upload-only token is refused and the round stores nothing', async () => {
    const ben = channel('Ben', 420);
    const stored = await round.run(await round.channel('youtube', ben.id, { accessToken: ben.token }), AT);
    assert.deepEqual([stored?.followers, stored?.posts], [420, 0]);

    const uploader = channel('Uploader', 5, { scopes: ['https://www.googleapis.com/auth/youtube.upload'] });
    await assert.rejects(connector().fetchAccountMetrics!(channelContext(uploader.id, { accessToken: uploader.token })), isNetworkError('rejected'));
    assert.equal(await round.run(await round.channel('youtube', uploader.id, { accessToken: uploader.token }), AT), undefined);
  });
});
