/**
 * The Snapchat Public Profile's subscribers (Profile Stats of the PROFILE asset) read by the connector from the strict
 * fake and stored by the daily round; a token without the `snapchat-profile-api` scope stores nothing.
 * Run: node scripts/test.mjs test/fakes/snapchat/account-metrics.test.ts
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../../src/db/testing.js';
import { createSnapchatConnector } from '../../../src/networks/snapchat/index.js';
import { useAccountRound } from '../account-round.js';
import { channelContext, isNetworkError } from '../contract.js';
import { useFake } from '../fixtures.js';
import { startFakeSnapchat, type FakeSnapchat } from './server.js';

const AT = new Date('2026-12-06T11:00:00Z');

forEachDatabase('Snapchat account figures against the fake', (getDb) => {
  let fake: FakeSnapchat;
  useFake(async () => (fake = await startFakeSnapchat({ perSecond: 1000 })));
  const connector = () => createSnapchatConnector({ apiUrl: fake.baseUrl });
  const round = useAccountRound(getDb, connector);
  const user = (handle: string, subscribers: number, scopes?: string[]) => {
    const made = fake.addUser(handle, { scopes });
    fake.profiles.get(made.profileId)!.subscribers = subscribers;
    return made;
  };

  it('reads SUBSCRIBERS of the profile asset as followers; no account-level views', async () => {
    const ann = user('ann', 7700);
    const figures = await connector().fetchAccountMetrics!(channelContext(ann.profileId, { accessToken: ann.token, profileId: ann.profileId }));
    assert.deepEqual(figures, { followers: 7700, following: null, posts: null, impressions: null, reach: null });
    assert.match(fake.requests.at(-1)?.path ?? '', /assetType=PROFILE.*fields=SUBSCRIBERS/);
  });

  it('the round stores the day; without the snapchat-profile-api scope it stores nothing and goes on', async () => {
    const ben = user('ben', 310);
    const stored = await round.run(await round.channel('snapchat', ben.profileId, { accessToken: ben.token, profileId: ben.profileId }), AT);
    assert.equal(stored?.followers, 310);

    const cut = user('cut', 3, ['snapchat-marketing-api']);
    const credentials = { accessToken: cut.token, profileId: cut.profileId };
    await assert.rejects(connector().fetchAccountMetrics!(channelContext(cut.profileId, credentials)), isNetworkError('rejected', /scope/));
    assert.equal(await round.run(await round.channel('snapchat', cut.profileId, credentials), AT), undefined);
  });
});
