/**
 * The soft-drink campaign of issue 13, end to end: one post, a variant for the countries where it is hot now and one
 * for where it is cold now, sent at noon on each audience's own clock to a Facebook Page (strict fake Graph API), a
 * LinkedIn organization page (strict fake), Bluesky and Mastodon (in memory). The clock is fixed in a January, when
 * Norway is cold and Singapore hot.
 * Run: node scripts/test.mjs src/features/segments/soft-drink.test.ts
 */
import assert from 'node:assert/strict';
import { before, it, mock } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { createFacebookConnector } from '../../networks/facebook/index.js';
import { createLinkedInConnector } from '../../networks/linkedin/index.js';
import { NetworkRegistry } from '../../networks/registry.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { channelsRepository } from '../channels/repository.js';
import { runPublish } from '../publishing/publisher.js';
import { useFake } from '../../../test/fakes/fixtures.js';
import { MemoryNetwork } from '../../../test/fakes/memory-network.js';
import { startFakeLinkedIn, type FakeLinkedIn } from '../../../test/fakes/linkedin/server.js';
import { startFakeMeta, type FakeMeta } from '../../../test/fakes/meta/server.js';

interface Pub {
  id: string;
  channelId: string;
  network: string;
  segmentId: string | null;
  scheduledAt: string;
  dueLocal: string;
}

const SG = 'urn:li:geo:102454443';
const NO = 'urn:li:geo:103819153';
const year = new Date().getUTCFullYear() + 1;
const noon = { date: `${year}-01-15`, time: '12:00' };
/** Within the countries the brand sells in, those hot (or cold) in the month the post goes out. */
const market = (climate: 'hot' | 'cold') => ({ all: [{ country: { in: ['SG', 'NO'] } }, { climate }] });

forEachDatabase('segments: the soft-drink campaign', (getDb) => {
  let meta: FakeMeta;
  let linkedin: FakeLinkedIn;
  const memory = new MemoryNetwork();
  useFake(async () => (meta = await startFakeMeta()));
  useFake(async () => (linkedin = await startFakeLinkedIn()));
  const { t, a } = useTenantApp(getDb, async () => ({
    networks: new NetworkRegistry()
      .register(memory.connector('bluesky'))
      .register(memory.connector('mastodon'))
      .register(createFacebookConnector({ apiUrl: meta.baseUrl, appSecret: meta.appSecret, appId: meta.appId }))
      .register(createLinkedInConnector({ apiUrl: linkedin.baseUrl })),
  }));
  const ws = () => `/api/v1/workspaces/${a.workspaceId}`;
  const channels: Record<string, string> = {};
  const segments: Record<string, string> = {};

  before(async () => {
    await getDb().db.updateTable('workspaces').set({ timezone: 'Europe/Paris' }).where('id', '=', a.workspaceId).execute();
    const { page } = meta.addPageWithOwner('Fizz Drinks');
    const ann = linkedin.addMember('Ann Lee');
    // LinkedIn shows a targeted post only to an audience of 300 members or more: Norway's 150 followers are too few.
    const org = linkedin.addOrganization('Fizz Drinks', 'fizz', [ann.id], { byGeoCountry: { [SG]: 1200, [NO]: 150 } });
    const connect = async (network: string, input: object) => {
      const res = await call(t.app, a.token, 'POST', `${ws()}/channels`, { network, ...input });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      channels[network] = res.body.id;
    };
    channels['bluesky'] = a.channelId;
    // Mastodon's connect form checks the instance's address over DNS; the in-memory account is saved as it would be.
    const { row } = await channelsRepository.upsert(getDb().db, {
      workspaceId: a.workspaceId, network: 'mastodon', externalId: 'acct-fizz', handle: 'fizz@social.example', displayName: 'Fizz',
      avatarUrl: null, serviceUrl: 'https://social.example', credentialsEnc: t.ctx.secrets.seal({ token: 'fizz' }, a.workspaceId), limits: { ...memory.limits },
    });
    channels['mastodon'] = row.id;
    await connect('facebook', { accessToken: page.token });
    await connect('linkedin', { accessToken: ann.token, accountId: org.urn });
    for (const [name, when] of [['Hot now', market('hot')], ['Cold now', market('cold')], ['Everywhere hot', { climate: 'hot' }]] as const) {
      const res = await call(t.app, a.token, 'POST', `${ws()}/segments`, { name, when });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      segments[name] = res.body.id;
    }
  });

  it('refuses up front a segment Facebook cannot restrict a post to (more than 25 countries)', async () => {
    const res = await call(t.app, a.token, 'POST', `${ws()}/posts`, {
      text: 'Fizz',
      channelIds: [channels['facebook']],
      scheduledLocal: noon,
      variants: [{ segmentId: segments['Everywhere hot'], text: 'Ice cold' }],
    });
    assert.equal(res.status, 422, JSON.stringify(res.body));
    assert.deepEqual([res.body.error.params.segment, res.body.error.params.network, res.body.error.params.rule], ['Everywhere hot', 'facebook', 'too_many_countries']);
    assert.match(res.body.error.message, /^"Everywhere hot" on facebook: Chorus restricts a Facebook post to at most 25 countries/);
  });

  it('one post: targeted Page and LinkedIn posts, timed Bluesky and Mastodon posts, the default for everyone else', async () => {
    const res = await call(t.app, a.token, 'POST', `${ws()}/posts`, {
      text: 'Fizz: two new flavours.',
      channelIds: Object.values(channels),
      scheduledLocal: noon,
      variants: [
        { segmentId: segments['Hot now'], text: 'Ice cold, right now.' },
        { segmentId: segments['Cold now'], text: 'Warm up with a hot one.' },
      ],
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const pubs = res.body.publications as Pub[];
    assert.equal(pubs.length, 12, 'four channels × (default + two segments)');
    const due = (segment: string | null) => [...new Set(pubs.filter((p) => p.segmentId === segment).map((p) => p.scheduledAt))];
    assert.deepEqual(due(segments['Hot now']!), [`${year}-01-15T04:00:00.000Z`], 'noon in Singapore');
    assert.deepEqual(due(segments['Cold now']!), [`${year}-01-15T11:00:00.000Z`], 'noon in Oslo');
    assert.deepEqual(due(null), [`${year}-01-15T11:00:00.000Z`], 'noon in Paris, the workspace');
    assert.ok(pubs.every((p) => p.dueLocal === `${year}-01-15T12:00`));

    // The clock reaches 15 January, 11:30 UTC: everything is due.
    mock.timers.enable({ apis: ['Date'], now: Date.parse(`${year}-01-15T11:30:00Z`) });
    try {
      for (const p of pubs) {
        const row = await getDb().db.selectFrom('publications').select('version').where('id', '=', p.id).executeTakeFirstOrThrow();
        await runPublish(t.ctx, { publicationId: p.id, version: row.version });
      }
    } finally {
      mock.timers.reset();
    }
    const rows = await getDb().db.selectFrom('publications').selectAll().where('post_id', '=', res.body.id).execute();
    const row = (network: string, segment: string | null) => rows.find((r) => r.network === network && r.segment_id === segment)!;
    const hot = segments['Hot now']!;
    const cold = segments['Cold now']!;

    // Facebook: one Page post per segment, restricted by `targeting`; the default one to everyone.
    for (const [segment, countries] of [[hot, ['SG']], [cold, ['NO']]] as const) {
      const pub = row('facebook', segment);
      assert.equal(pub.status, 'published', pub.error ?? '');
      assert.deepEqual(meta.state.posts.get(pub.external_id!)?.targeting, { geo_locations: { countries } });
      assert.deepEqual(pub.targeting, { targeting: { geo_locations: { countries } } }, 'what was sent is kept');
    }
    assert.equal(meta.state.posts.get(row('facebook', null).external_id!)?.targeting, null);

    // LinkedIn: Singapore's variant carries its geo URN; Norway's audience is below the minimum, refused with the reason.
    const linkedHot = row('linkedin', hot);
    assert.equal(linkedHot.status, 'published', linkedHot.error ?? '');
    const distribution = linkedin.posts.get(linkedHot.external_id!)?.body['distribution'] as { targetEntities: unknown[] };
    assert.deepEqual(distribution.targetEntities, [{ geoLocations: [SG] }]);
    const shown = await call(t.app, a.token, 'GET', `${ws()}/posts/${res.body.id}`);
    const shownHot = (shown.body.publications as Array<Pub & { targeting: unknown }>).find((p) => p.id === linkedHot.id);
    assert.deepEqual(shownHot?.targeting, { targetEntities: [{ geoLocations: [SG] }] });
    assert.equal(row('bluesky', hot).targeting, null, 'no targeting where the network has none');
    const linkedCold = row('linkedin', cold);
    assert.equal(linkedCold.status, 'failed');
    assert.match(linkedCold.error ?? '', /300/);
    assert.equal(row('linkedin', null).status, 'published');

    // Bluesky and Mastodon: no targeting, three posts each, in the segments' texts.
    for (const network of ['bluesky', 'mastodon']) {
      assert.deepEqual(
        [row(network, null), row(network, hot), row(network, cold)].map((r) => [r.status, memory.posts.find((m) => m.id === r.external_id)?.text]),
        [['published', 'Fizz: two new flavours.'], ['published', 'Ice cold, right now.'], ['published', 'Warm up with a hot one.']],
      );
    }
  });
});
