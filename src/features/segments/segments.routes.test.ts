import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { NetworkRegistry } from '../../networks/registry.js';
import type { AudienceTargeting } from '../../networks/connector.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { MemoryNetwork } from '../../../test/fakes/memory-network.js';
import { memberToken } from '../../../test/fakes/inbox-network.js';

/** A network with organic targeting, as a connector describes it: countries in, more than 25 refused. */
function targetingNetwork() {
  const memory = new MemoryNetwork();
  const targeted = {
    ...memory.connector('mastodon'),
    network: 'facebook' as const,
    nativeTargeting: (audience: AudienceTargeting) => ({
      parameters: { countries: audience.countries },
      unsupported: audience.languages ? [{ facet: 'languages' as const, rule: 'no_language', reason: 'No language facet.' }] : [],
      violations: (audience.countries?.length ?? 0) > 25 ? [{ rule: 'too_many_countries', message: 'At most 25 countries.', field: 'countries' }] : [],
    }),
  };
  return new NetworkRegistry().register(memory.connector('bluesky')).register(targeted);
}

forEachDatabase('audience segments', (getDb) => {
  const { t, a, b } = useTenantApp(getDb, { secondTenant: true, networks: targetingNetwork() });
  let viewer: string;
  let editor: string;
  let contributor: string;
  const segments = () => `/api/v1/workspaces/${a.workspaceId}/segments`;

  before(async () => {
    viewer = await memberToken(t.app, a.token, a.workspaceId, 'viewer');
    editor = await memberToken(t.app, a.token, a.workspaceId, 'editor');
    contributor = await memberToken(t.app, a.token, a.workspaceId, 'contributor');
    const connected = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/channels`, { network: 'facebook', accessToken: 'page-token' });
    assert.equal(connected.status, 201, JSON.stringify(connected.body));
  });

  it('editors create segments, any member reads them, and the answer resolves them and explains each channel', async () => {
    const body = { name: 'Brazil', when: { all: [{ country: { in: ['BR'] } }, { ageMin: 18 }] } };
    assert.equal((await call(t.app, viewer, 'POST', segments(), body)).status, 403);
    assert.equal((await call(t.app, contributor, 'POST', segments(), body)).status, 403);
    const made = await call(t.app, editor, 'POST', segments(), body);
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.equal(made.body.timeZone, null);
    assert.equal(made.body.resolved.timeZone, 'America/Sao_Paulo');
    assert.deepEqual(made.body.resolved.audience.countries, ['BR']);
    assert.equal(made.body.resolved.audience.ageMin, 18);

    const got = await call(t.app, viewer, 'GET', `${segments()}/${made.body.id}`);
    assert.equal(got.status, 200);
    const byNetwork = Object.fromEntries(got.body.channels.map((c: { network: string }) => [c.network, c]));
    assert.deepEqual([byNetwork.bluesky.fallback, byNetwork.bluesky.why, byNetwork.bluesky.native], ['timing', 'no_organic_targeting', null]);
    assert.match(byNetwork.bluesky.message, /same local time in America\/Sao_Paulo/);
    assert.deepEqual([byNetwork.facebook.fallback, byNetwork.facebook.why], [null, 'native']);
    assert.deepEqual(byNetwork.facebook.native, { countries: ['BR'] });
    assert.deepEqual((await call(t.app, viewer, 'GET', segments())).body.segments.map((s: { name: string }) => s.name), ['Brazil']);

    const audit = await getDb().db.selectFrom('audit_log').select(['action']).where('workspace_id', '=', a.workspaceId).where('action', 'like', 'segment.%').execute();
    assert.deepEqual(audit.map((r) => r.action), ['segment.created']);
  });

  it('hot now: the countries hot this month; a refused audience is said so, per channel', async () => {
    const hot = await call(t.app, editor, 'POST', segments(), { name: 'Hot now', when: { climate: 'hot' }, timeZone: 'Asia/Singapore' });
    assert.equal(hot.status, 201, JSON.stringify(hot.body));
    assert.equal(hot.body.resolved.timeZone, 'Asia/Singapore');
    assert.equal(hot.body.resolved.timeZoneChoice.rule, 'given');
    assert.ok(hot.body.resolved.audience.countries.includes('SG'), 'Singapore is hot every month');
    assert.deepEqual(hot.body.resolved.climates[0].countries, hot.body.resolved.audience.countries);
    const facebook = hot.body.channels.find((c: { network: string }) => c.network === 'facebook');
    assert.equal(facebook.why, 'native_refused');
    assert.match(facebook.message, /At most 25 countries/);
  });

  it('refuses bad input naming the field and the condition path', async () => {
    const cases: Array<[object, number, string, string]> = [
      [{ name: 'X', when: { country: { in: ['UK'] } } }, 422, 'invalid_condition', 'when.country.in.0'],
      [{ name: 'X', when: { any: [{ climate: 'hot' }, { ageMin: 18 }] } }, 422, 'invalid_condition', 'when.any.1.ageMin'],
      [{ name: 'X', when: { all: [{ ageMin: 40 }, { ageMax: 20 }] } }, 422, 'invalid_condition', 'when.all.1.ageMax'],
      [{ name: 'X', when: { climate: 'hot' }, timeZone: 'Mars/Olympus' }, 422, 'invalid_time_zone', 'timeZone'],
      [{ name: 'hot NOW', when: { climate: 'hot' } }, 409, 'segment_name_taken', 'name'],
      [{ name: '', when: { climate: 'hot' } }, 400, 'validation', 'name'],
    ];
    for (const [body, status, code, field] of cases) {
      const answer = await call(t.app, editor, 'POST', segments(), body);
      assert.equal(answer.status, status, JSON.stringify(answer.body));
      if (status !== 400) assert.equal(answer.body.error.code, code);
      assert.equal(answer.body.error.field, field);
    }
    assert.equal((await call(t.app, viewer, 'GET', segments())).body.segments.length, 2, 'nothing half-written');
  });

  it('edits, and refuses to delete a segment a scheduled post uses', async () => {
    const list = (await call(t.app, viewer, 'GET', segments())).body.segments as Array<{ id: string; name: string }>;
    const brazil = list.find((s) => s.name === 'Brazil')!;
    assert.equal((await call(t.app, viewer, 'PATCH', `${segments()}/${brazil.id}`, { name: 'Brasil' })).status, 403);
    const changed = await call(t.app, editor, 'PATCH', `${segments()}/${brazil.id}`, { name: 'Brasil', when: { country: { in: ['BR', 'PT'] } } });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.deepEqual(changed.body.resolved.audience.countries, ['BR', 'PT']);
    const badEdit = await call(t.app, editor, 'PATCH', `${segments()}/${brazil.id}`, { when: { not: { genders: ['male'] } } });
    assert.deepEqual([badEdit.status, badEdit.body.error.field], [422, 'when.not.genders']);

    const post = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, { text: 'Summer', channelIds: [a.channelId], scheduledAt: new Date(Date.now() + 86_400_000).toISOString() });
    assert.equal(post.status, 201, JSON.stringify(post.body));
    // A variant kept in the post alone, with no publication of its own yet, still counts (segment-variants.test.ts
    // covers posts made through the API, whose publications name the segment).
    await getDb().db.updateTable('posts').set({ variants: JSON.stringify([{ segmentId: brazil.id, text: 'Olá' }]) }).where('id', '=', post.body.id).execute();
    const refused = await call(t.app, editor, 'DELETE', `${segments()}/${brazil.id}`);
    assert.equal(refused.status, 409);
    assert.equal(refused.body.error.code, 'segment_in_use');
    assert.match(refused.body.error.message, /1 scheduled post/);
    await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts/${post.body.id}/cancel`);
    assert.equal((await call(t.app, viewer, 'DELETE', `${segments()}/${brazil.id}`)).status, 403);
    assert.equal((await call(t.app, editor, 'DELETE', `${segments()}/${brazil.id}`)).status, 204, 'no longer scheduled');
    assert.equal((await call(t.app, viewer, 'GET', `${segments()}/${brazil.id}`)).status, 404);
  });

  it('another workspace cannot read, change or delete a segment', async () => {
    const theirs = await call(t.app, b.token, 'POST', `/api/v1/workspaces/${b.workspaceId}/segments`, { name: 'Theirs', when: { climate: 'cold' } });
    assert.equal(theirs.status, 201);
    assert.equal((await call(t.app, a.token, 'GET', `${segments()}/${theirs.body.id}`)).status, 404);
    assert.equal((await call(t.app, a.token, 'PATCH', `${segments()}/${theirs.body.id}`, { name: 'Mine now' })).status, 404);
    assert.equal((await call(t.app, a.token, 'DELETE', `${segments()}/${theirs.body.id}`)).status, 404);
    assert.equal((await call(t.app, a.token, 'GET', `/api/v1/workspaces/${b.workspaceId}/segments`)).status, 404);
    assert.ok(!(await call(t.app, a.token, 'GET', segments())).body.segments.some((s: { name: string }) => s.name === 'Theirs'));
    const still = await call(t.app, b.token, 'GET', `/api/v1/workspaces/${b.workspaceId}/segments/${theirs.body.id}`);
    assert.equal(still.body.name, 'Theirs');
  });

  it('offers presets: continents, languages, hot now, cold now, southern summer', async () => {
    const answer = await call(t.app, viewer, 'GET', `${segments()}/presets`);
    assert.equal(answer.status, 200);
    const ids = answer.body.presets.map((p: { id: string }) => p.id);
    for (const id of ['continent.europe', 'continent.north-america', 'continent.south-america', 'continent.asia', 'continent.africa', 'continent.oceania', 'language.en', 'language.fr', 'language.es', 'language.de', 'language.pt', 'climate.hot', 'climate.cold', 'season.southern-summer']) {
      assert.ok(ids.includes(id), id);
    }
    const europe = answer.body.presets.find((p: { id: string }) => p.id === 'continent.europe');
    assert.ok(europe.when.country.in.includes('FR') && !europe.when.country.in.includes('BR'));
    for (const preset of answer.body.presets) {
      const made = await call(t.app, editor, 'POST', segments(), { name: `Preset ${preset.id}`, when: preset.when });
      assert.equal(made.status, 201, `${preset.id}: ${JSON.stringify(made.body)}`);
    }
  });
});
