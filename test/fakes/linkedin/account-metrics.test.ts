/**
 * A LinkedIn page's followers (networkSizes) and yesterday's impressions and unique impressions (time-bound share
 * statistics) read by the connector from the strict fake and stored by the daily round; a token without
 * `rw_organization_admin` stores nothing; a member channel reports nothing without calling LinkedIn.
 * Run: node scripts/test.mjs test/fakes/linkedin/account-metrics.test.ts
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../../src/db/testing.js';
import { createLinkedInConnector } from '../../../src/networks/linkedin/index.js';
import { useAccountRound } from '../account-round.js';
import { channelContext, isNetworkError } from '../contract.js';
import { useFake } from '../fixtures.js';
import { ALL_SCOPES, startFakeLinkedIn, type FakeLinkedIn } from './server.js';

const AT = new Date('2026-12-06T08:00:00Z');

forEachDatabase('LinkedIn account figures against the fake', (getDb) => {
  let fake: FakeLinkedIn;
  useFake(async () => (fake = await startFakeLinkedIn()));
  const connector = () => createLinkedInConnector({ apiUrl: fake.baseUrl });
  const round = useAccountRound(getDb, connector);
  const page = (name: string, scopes?: string[]) => {
    const admin = fake.addMember(`${name} admin`, scopes);
    const org = fake.addOrganization(name, name.toLowerCase(), [admin.id]);
    Object.assign(fake.organizations.get(org.id)!, { followerCount: 5400, daily: { impressions: 2200, uniqueImpressions: 1300 } });
    return { admin, org };
  };

  it('a page: firstDegreeSize as followers, yesterday\'s impressionCount and uniqueImpressionsCount', async () => {
    const { admin, org } = page('Acme');
    const figures = await connector().fetchAccountMetrics!(channelContext(org.urn, { accessToken: admin.token }));
    assert.deepEqual(figures, { followers: 5400, following: null, posts: null, impressions: 2200, reach: 1300 });
    const asked = fake.requests.find((r) => r.path.includes('timeIntervals='))?.path ?? '';
    assert.match(asked, /organizationalEntity=urn%3Ali%3Aorganization%3A\d+&timeIntervals=\(timeRange:\(start:\d+,end:\d+\),timeGranularityType:DAY\)/);
  });

  it('a member channel reports nothing and makes no call', async () => {
    const ann = fake.addMember('Ann');
    const before = fake.requests.length;
    const figures = await connector().fetchAccountMetrics!(channelContext(ann.urn, { accessToken: ann.token }));
    assert.deepEqual(figures, { followers: null, following: null, posts: null, impressions: null, reach: null });
    assert.equal(fake.requests.length, before);
  });

  it('the round stores the day; without rw_organization_admin it stores nothing and goes on', async () => {
    const { admin, org } = page('Rounds');
    const stored = await round.run(await round.channel('linkedin', org.urn, { accessToken: admin.token }), AT);
    assert.deepEqual([stored?.followers, stored?.impressions, stored?.reach], [5400, 2200, 1300]);

    const cut = page('Cut', ALL_SCOPES.filter((s) => s !== 'rw_organization_admin'));
    await assert.rejects(connector().fetchAccountMetrics!(channelContext(cut.org.urn, { accessToken: cut.admin.token })), isNetworkError('auth'));
    assert.equal(await round.run(await round.channel('linkedin', cut.org.urn, { accessToken: cut.admin.token }), AT), undefined);
  });
});
