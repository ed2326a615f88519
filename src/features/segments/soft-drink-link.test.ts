/**
 * Issue 13's click side: the landing pages of the soft-drink post's "hot now" and "cold now" variants become one
 * segment-routed tracked link, so a visitor from Singapore and one from Norway each land on their own page in
 * January, and Norway in July (not cold) gets the post's own page. Bluesky on the in-memory network.
 * Run: node scripts/test.mjs src/features/segments/soft-drink-link.test.ts
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { runPublish } from '../publishing/publisher.js';
import { MemoryNetwork } from '../../../test/fakes/memory-network.js';

const BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
// Addresses the shipped IP database places in Singapore (SingTel) and Norway (University of Oslo), and the US.
const SINGAPORE = '165.21.1.1';
const OSLO = '129.240.2.40';
const US = '8.8.8.8';
const HOT_PAGE = 'https://example.com/cold-refreshing';
const COLD_PAGE = 'https://example.com/summer-days';
const OWN_PAGE = 'https://example.com/fizz';
const market = (climate: 'hot' | 'cold') => ({ all: [{ country: { in: ['SG', 'NO'] } }, { climate }] });

interface Pub {
  id: string;
  segmentId: string | null;
  text: string;
}

forEachDatabase('segments: one tracked link for the soft-drink post', (getDb) => {
  const memory = new MemoryNetwork();
  const { t, a } = useTenantApp(getDb, { network: memory, env: { CHORUS_LINK_BASE_URL: 'https://go.example.test' } });
  const ws = () => `/api/v1/workspaces/${a.workspaceId}`;
  const segments: Record<string, string> = {};
  const codeIn = (text: string) => /https:\/\/go\.example\.test\/(\w+)/.exec(text)?.[1];

  before(async () => {
    for (const [name, when] of [['Hot now', market('hot')], ['Cold now', market('cold')]] as const) {
      const res = await call(t.app, a.token, 'POST', `${ws()}/segments`, { name, when });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      segments[name] = res.body.id;
    }
  });

  const post = (variants: object[], text = `Fizz: two new flavours. ${OWN_PAGE}`) =>
    call(t.app, a.token, 'POST', `${ws()}/posts`, { text, channelIds: [a.channelId], publishNow: true, variants });

  /** Where a click on `code` from `ip` lands (origin and path), on the given day. */
  const landing = async (code: string, ip: string, day: string, query = '') => {
    t.ctx.links.redirector.clock = () => new Date(`${day}T12:00:00Z`);
    try {
      const hop = await t.app.inject({ method: 'GET', url: `/l/${code}${query}`, remoteAddress: ip, headers: { 'user-agent': BROWSER } });
      assert.equal(hop.statusCode, 302, hop.body);
      const to = new URL(hop.headers.location as string);
      return to.origin + to.pathname;
    } finally {
      t.ctx.links.redirector.clock = () => new Date();
    }
  };

  it('sends Singapore and Norway to their own landing pages from every publication, Norway in July to the default', async () => {
    const res = await post([
      { segmentId: segments['Hot now'], text: 'Ice cold, right now.', url: HOT_PAGE },
      { segmentId: segments['Cold now'], text: 'Warm up with a hot one.', url: COLD_PAGE },
    ]);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const pubs = res.body.publications as Pub[];
    assert.equal(pubs.length, 3, 'the default and one per segment');
    for (const pub of pubs) {
      assert.ok(codeIn(pub.text), `a short link in ${pub.text}`);
      assert.doesNotMatch(pub.text, /example\.com/, 'no landing page left in the text');
    }
    for (const pub of pubs) {
      const row = await getDb().db.selectFrom('publications').select('version').where('id', '=', pub.id).executeTakeFirstOrThrow();
      await runPublish(t.ctx, { publicationId: pub.id, version: row.version });
    }
    const published = await getDb().db.selectFrom('publications').selectAll().where('post_id', '=', res.body.id).execute();
    for (const row of published) {
      assert.equal(row.status, 'published', row.error ?? '');
      assert.equal(codeIn(memory.posts.find((m) => m.id === row.external_id)!.text), codeIn(row.text), 'the network got the short link');
    }

    const year = new Date().getUTCFullYear() + 1;
    for (const pub of pubs) {
      const code = codeIn(pub.text)!;
      assert.equal(await landing(code, SINGAPORE, `${year}-01-15`), HOT_PAGE, 'Singapore is hot in January');
      assert.equal(await landing(code, OSLO, `${year}-01-15`), COLD_PAGE, 'Norway is cold in January');
      assert.equal(await landing(code, US, `${year}-01-15`), OWN_PAGE, 'outside every segment: the post\'s own page');
      assert.equal(await landing(code, OSLO, `${year}-07-15`), OWN_PAGE, 'Norway is not cold in July');
      assert.equal(await landing(code, SINGAPORE, `${year}-07-15`), HOT_PAGE);
    }

    // Each publication keeps its own link (same rules), so clicks count per segment's publication and per rule.
    const links = (await call(t.app, a.token, 'GET', `${ws()}/links`)).body.links as Array<{ id: string; code: string; url: string; rules: unknown; publicationId: string }>;
    const mine = pubs.map((p) => links.find((l) => l.code === codeIn(p.text))!);
    assert.deepEqual(mine.map((l) => l.publicationId), pubs.map((p) => p.id));
    for (const link of mine) {
      assert.equal(link.url, OWN_PAGE);
      assert.deepEqual(link.rules, [{ when: market('hot'), url: HOT_PAGE }, { when: market('cold'), url: COLD_PAGE }]);
    }
    await t.ctx.links.clicks.flush();
    const stats = await call(t.app, a.token, 'GET', `${ws()}/links/${mine[1]!.id}/stats?from=${year}-01-01T00:00:00Z&to=${year}-12-31T00:00:00Z`);
    const rules = Object.fromEntries(stats.body.breakdowns.rule.map((r: { value: string; clicks: number }) => [r.value, r.clicks]));
    assert.deepEqual(rules, { '0': 2, '1': 1, default: 2 });
  });

  it('never redirects anywhere the link does not hold, and never routes to Chorus itself', async () => {
    const res = await post([
      { segmentId: segments['Hot now'], text: 'Ice cold.', url: HOT_PAGE },
      { segmentId: segments['Cold now'], text: 'Warm up.', url: 'https://go.example.test/elsewhere' },
    ]);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const pubs = res.body.publications as Pub[];
    const code = codeIn(pubs.find((p) => p.segmentId === null)!.text)!;
    const link = ((await call(t.app, a.token, 'GET', `${ws()}/links`)).body.links as Array<{ code: string; rules: Array<{ url: string }> }>).find((l) => l.code === code)!;
    assert.deepEqual(link.rules.map((r) => r.url), [HOT_PAGE], 'a landing page on the short domain is no rule');
    const year = new Date().getUTCFullYear() + 1;
    const allowed = new Set([OWN_PAGE, HOT_PAGE]);
    for (const query of ['?url=https://evil.example/', '?to=//evil.example', '?redirect=javascript:alert(1)', '?next=https%3A%2F%2Fevil.example']) {
      for (const ip of [SINGAPORE, OSLO, US]) {
        const at = await landing(code, ip, `${year}-01-15`, query);
        assert.ok(allowed.has(at), `${query} from ${ip} went to ${at}`);
      }
    }
    assert.equal(await landing(code, OSLO, `${year}-01-15`), OWN_PAGE, 'Norway falls back to the default, not to Chorus');
  });

  it("follows the post's edits, and takes the first variant's page as the default when the post's text has none", async () => {
    const res = await post([
      { segmentId: segments['Hot now'], text: 'Ice cold.', url: HOT_PAGE },
      { segmentId: segments['Cold now'], text: 'Warm up.', url: COLD_PAGE },
    ]);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const code = codeIn((res.body.publications as Pub[]).find((p) => p.segmentId === segments['Cold now'])!.text)!;
    const edited = await call(t.app, a.token, 'PATCH', `${ws()}/posts/${res.body.id}`, {
      variants: [
        { segmentId: segments['Hot now'], text: 'Ice cold.', url: HOT_PAGE },
        { segmentId: segments['Cold now'], text: 'Warm up.', url: 'https://example.com/winter' },
      ],
    });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    const after = (edited.body.publications as Pub[]).find((p) => p.segmentId === segments['Cold now'])!;
    assert.equal(codeIn(after.text), code, 'the same short link');
    const linkOf = async (c: string) => ((await call(t.app, a.token, 'GET', `${ws()}/links`)).body.links as Array<{ code: string; url: string; rules: Array<{ url: string }> }>).find((l) => l.code === c)!;
    assert.deepEqual((await linkOf(code)).rules.map((r) => r.url), [HOT_PAGE, 'https://example.com/winter']);

    const bare = await post([{ segmentId: segments['Cold now'], text: 'Warm up.', url: COLD_PAGE }], 'Fizz: two new flavours.');
    assert.equal(bare.status, 201, JSON.stringify(bare.body));
    const pubs = bare.body.publications as Pub[];
    assert.equal(pubs.find((p) => p.segmentId === null)!.text, 'Fizz: two new flavours.');
    const link = await linkOf(codeIn(pubs.find((p) => p.segmentId !== null)!.text)!);
    assert.equal(link.url, COLD_PAGE);
    assert.deepEqual(link.rules.map((r) => r.url), [COLD_PAGE]);
  });

  it('lets every click satisfy age, as link rules do: adults in Norway are everyone in Norway', async () => {
    const seg = await call(t.app, a.token, 'POST', `${ws()}/segments`, { name: 'Adults in Norway', when: { all: [{ country: { in: ['NO'] } }, { ageMin: 18 }] } });
    assert.equal(seg.status, 201, JSON.stringify(seg.body));
    const res = await post([{ segmentId: seg.body.id, text: 'Skål.', url: COLD_PAGE }]);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const code = codeIn((res.body.publications as Pub[]).find((p) => p.segmentId === null)!.text)!;
    const year = new Date().getUTCFullYear() + 1;
    assert.equal(await landing(code, OSLO, `${year}-07-15`), COLD_PAGE);
    assert.equal(await landing(code, SINGAPORE, `${year}-07-15`), OWN_PAGE);
  });
});
