/**
 * Variants per audience segment on a network without organic targeting (the in-memory Bluesky): one publication per
 * segment beside the default one, each due at the same local time in its own zone; the checks per variant × channel;
 * segments of other workspaces; and a segment that publications name cannot be deleted.
 * Run: node scripts/test.mjs src/features/posts/segment-variants.test.ts
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';

interface Pub {
  id: string;
  channelId: string;
  segmentId: string | null;
  segmentName: string | null;
  text: string;
  status: string;
  scheduledAt: string;
  timeZone: string;
  dueLocal: string;
}

// January of next year: Norway is cold and Singapore hot whenever the test runs.
const year = new Date().getUTCFullYear() + 1;
const local = { date: `${year}-01-15`, time: '12:00' };

forEachDatabase('posts: variants per segment', (getDb) => {
  const { t, a, b } = useTenantApp(getDb, { secondTenant: true });
  const ws = () => `/api/v1/workspaces/${a.workspaceId}`;
  let hot: string;
  let cold: string;
  let foreign: string;

  before(async () => {
    await getDb().db.updateTable('workspaces').set({ timezone: 'Europe/Paris' }).where('id', '=', a.workspaceId).execute();
    const made = async (token: string, wsId: string, body: object) => {
      const res = await call(t.app, token, 'POST', `/api/v1/workspaces/${wsId}/segments`, body);
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body.id as string;
    };
    hot = await made(a.token, a.workspaceId, { name: 'Hot now', when: { climate: 'hot' }, timeZone: 'Asia/Singapore' });
    cold = await made(a.token, a.workspaceId, { name: 'Cold now', when: { climate: 'cold' }, timeZone: 'Europe/Oslo' });
    foreign = await made(b.token, b.workspaceId, { name: 'Theirs', when: { country: { in: ['FR'] } } });
  });

  it('makes one publication per segment beside the default, each at 12:00 on its own clock', async () => {
    const body = {
      text: 'Our new drink',
      channelIds: [a.channelId],
      scheduledLocal: local,
      variants: [
        { segmentId: hot, text: 'Ice cold, right now.', url: 'https://fizz.example/cold' },
        { segmentId: cold, text: 'Warm up with a hot one.' },
      ],
    };
    const res = await call(t.app, a.token, 'POST', `${ws()}/posts`, body);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.deepEqual(res.body.scheduledLocal, local);
    const pubs = res.body.publications as Pub[];
    const by = (segmentId: string | null) => pubs.find((p) => p.segmentId === segmentId)!;
    assert.equal(pubs.length, 3);
    assert.deepEqual(
      [by(hot).segmentName, by(hot).timeZone, by(hot).scheduledAt, by(hot).dueLocal],
      ['Hot now', 'Asia/Singapore', `${year}-01-15T04:00:00.000Z`, `${year}-01-15T12:00`],
    );
    assert.deepEqual(
      [by(cold).segmentName, by(cold).timeZone, by(cold).scheduledAt, by(cold).dueLocal],
      ['Cold now', 'Europe/Oslo', `${year}-01-15T11:00:00.000Z`, `${year}-01-15T12:00`],
    );
    // Everyone else still gets the post's own text, at 12:00 in the workspace's zone.
    assert.deepEqual([by(null).text, by(null).timeZone, by(null).scheduledAt, by(null).dueLocal], ['Our new drink', 'Europe/Paris', `${year}-01-15T11:00:00.000Z`, `${year}-01-15T12:00`]);
    assert.equal(by(hot).text, 'Ice cold, right now.\n\nhttps://fizz.example/cold');
    assert.equal(by(cold).text, 'Warm up with a hot one.');
    assert.ok(pubs.every((p) => p.status === 'scheduled'));
    const keys = await getDb().db.selectFrom('publications').select('idempotency_key').where('post_id', '=', res.body.id).execute();
    assert.equal(new Set(keys.map((k) => k.idempotency_key)).size, 3, 'each publication has its own key');

    // Dropping a variant drops its publication; the others keep their ids.
    const edited = await call(t.app, a.token, 'PATCH', `${ws()}/posts/${res.body.id}`, { variants: [body.variants[1]] });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    const after = edited.body.publications as Pub[];
    assert.deepEqual(after.map((p) => p.id).sort(), [by(null).id, by(cold).id].sort());
    assert.equal(after.find((p) => p.segmentId === cold)?.scheduledAt, `${year}-01-15T11:00:00.000Z`, 'still on local clocks');
    const got = await call(t.app, a.token, 'GET', `${ws()}/posts/${res.body.id}`);
    assert.equal((got.body.publications as Pub[]).find((p) => p.segmentId === cold)?.segmentName, 'Cold now');
  });

  it('checks each variant on each channel, and the 422 names segment, network and rule', async () => {
    const res = await call(t.app, a.token, 'POST', `${ws()}/posts`, {
      text: 'Short',
      channelIds: [a.channelId],
      scheduledLocal: local,
      variants: [{ segmentId: cold, text: 'x'.repeat(301) }],
    });
    assert.equal(res.status, 422, JSON.stringify(res.body));
    assert.equal(res.body.error.code, 'validation_failed');
    assert.match(res.body.error.message, /^"Cold now" on bluesky: /);
    assert.deepEqual([res.body.error.params.segment, res.body.error.params.network, res.body.error.params.rule], ['Cold now', 'bluesky', 'too_long']);
    const [violation] = res.body.error.details.violations;
    assert.deepEqual([violation.segmentId, violation.segmentName, violation.rule], [cold, 'Cold now', 'too_long']);
    const checked = await call(t.app, a.token, 'POST', `${ws()}/posts/validate`, { text: 'Short', channelIds: [a.channelId], variants: [{ segmentId: cold, text: 'x'.repeat(301) }] });
    assert.deepEqual(checked.body.violations.map((v: { segmentId?: string; rule: string }) => [v.segmentId, v.rule]), [[cold, 'too_long']]);
  });

  it("refuses an unknown segment and another workspace's, naming it; nothing is saved", async () => {
    const before = await getDb().db.selectFrom('posts').select('id').where('workspace_id', '=', a.workspaceId).execute();
    for (const segmentId of [foreign, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'Hi', channelIds: [a.channelId], variants: [{ segmentId, text: 'Hej' }] });
      assert.equal(res.status, 422, JSON.stringify(res.body));
      assert.deepEqual([res.body.error.code, res.body.error.field], ['unknown_segment', 'variants[0].segmentId']);
      assert.match(res.body.error.message, new RegExp(segmentId));
    }
    const after = await getDb().db.selectFrom('posts').select('id').where('workspace_id', '=', a.workspaceId).execute();
    assert.equal(after.length, before.length);
  });

  it('refuses two ways of scheduling at once, a malformed local time, and a local time already past in a segment', async () => {
    const post = { text: 'Hi', channelIds: [a.channelId] };
    const both = await call(t.app, a.token, 'POST', `${ws()}/posts`, { ...post, scheduledAt: new Date(Date.now() + 86_400_000).toISOString(), scheduledLocal: local });
    assert.deepEqual([both.status, both.body.error.code], [422, 'schedule_conflict']);
    const bad = await call(t.app, a.token, 'POST', `${ws()}/posts`, { ...post, scheduledLocal: { date: `${year}-02-30`, time: '12:00' } });
    assert.deepEqual([bad.status, bad.body.error.code, bad.body.error.field], [422, 'invalid_date', 'scheduledLocal.date']);
    // A time a few hours from now in Paris has already passed in Auckland, 12 hours ahead.
    const auckland = await call(t.app, a.token, 'POST', '/api/v1/workspaces/' + a.workspaceId + '/segments', { name: 'Kiwis', when: { country: { in: ['NZ'] } } });
    const soon = new Date(Date.now() + 2 * 3_600_000);
    const paris = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' }).format(soon).split(' ');
    const past = await call(t.app, a.token, 'POST', `${ws()}/posts`, { ...post, scheduledLocal: { date: paris[0], time: paris[1] }, variants: [{ segmentId: auckland.body.id, text: 'Kia ora' }] });
    assert.deepEqual([past.status, past.body.error.code], [422, 'date_in_past']);
    assert.match(past.body.error.message, /"Kiwis" \(Pacific\/Auckland\)/);
  });

  it('a segment a scheduled post uses cannot be deleted (409), nor one publications were made for', async () => {
    const made = await call(t.app, a.token, 'POST', `${ws()}/segments`, { name: 'Nordics', when: { country: { in: ['NO', 'SE'] } } });
    const res = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'Hi', channelIds: [a.channelId], scheduledLocal: local, variants: [{ segmentId: made.body.id, text: 'Hei' }] });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const inUse = await call(t.app, a.token, 'DELETE', `${ws()}/segments/${made.body.id}`);
    assert.deepEqual([inUse.status, inUse.body.error.code], [409, 'segment_in_use']);
    assert.equal((await call(t.app, a.token, 'POST', `${ws()}/posts/${res.body.id}/cancel`)).status, 200);
    const kept = await call(t.app, a.token, 'DELETE', `${ws()}/segments/${made.body.id}`);
    assert.deepEqual([kept.status, kept.body.error.code, kept.body.error.params], [409, 'segment_has_publications', { publications: 1 }]);
    // A segment no publication names goes.
    const unused = await call(t.app, a.token, 'POST', `${ws()}/segments`, { name: 'Unused', when: { country: { in: ['IS'] } } });
    assert.equal((await call(t.app, a.token, 'DELETE', `${ws()}/segments/${unused.body.id}`)).status, 204);
  });
});
