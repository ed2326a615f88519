/**
 * Post experiments through the API on the in-memory network: exploration publishes each variant once, later
 * publications take the better variant by Thompson sampling on the measured results when they go out; the report
 * (P(best) sums to 1, lift); variants failing the network's rules are 422 naming variant and field; another
 * workspace's post is 404; a post with segment variants is refused; a viewer cannot start one; an experiment's post cannot be edited as a plain post.
 * Run: node scripts/test.mjs src/features/experiments/experiments.routes.test.ts
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { MemoryNetwork } from '../../../test/fakes/memory-network.js';
import { metricsAt } from '../analytics/analytics.testing.js';
import { metricsRepository } from '../metrics/repository.js';
import { runPublish } from '../publishing/publisher.js';

interface Run {
  publicationId: string;
  slot: number;
  variantId: string | null;
  reason: string | null;
  status: string;
}

/** `n` slots a few seconds apart, just inside the 5-minute tolerance for "now", so each is due at once. */
const dueSlots = (n: number) => Array.from({ length: n }, (_, i) => new Date(Date.now() - 60_000 + i * 1000).toISOString());

forEachDatabase('post experiments', (getDb) => {
  const network = new MemoryNetwork();
  const { t, a, b } = useTenantApp(getDb, { network, secondTenant: true });
  const ws = () => `/api/v1/workspaces/${a.workspaceId}`;
  let viewer: string;

  before(async () => {
    const made = await call(t.app, a.token, 'POST', `${ws()}/tokens`, { name: 'dashboard', role: 'viewer' });
    viewer = made.body.token;
  });

  const draft = async (token = a.token, wsId = a.workspaceId, channelId = a.channelId) => {
    const res = await call(t.app, token, 'POST', `/api/v1/workspaces/${wsId}/posts`, { text: 'Launch day\nOur app is out.', channelIds: [channelId] });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id as string;
  };
  const publish = async (publicationId: string) => {
    const row = await getDb().db.selectFrom('publications').select('version').where('id', '=', publicationId).executeTakeFirstOrThrow();
    await runPublish(t.ctx, { publicationId, version: row.version });
  };

  it('explores each variant once, then gives the later publications to the better one as they go out', async () => {
    const postId = await draft();
    const body = { metric: 'engagementRate', variants: [{ label: 'A', firstLine: 'Big news' }, { label: 'B', text: 'You asked, we built it.' }], slots: dueSlots(6) };
    const res = await call(t.app, a.token, 'POST', `${ws()}/posts/${postId}/experiment`, body);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const [bluesky] = res.body.networks;
    const [varA, varB] = bluesky.variants as Array<{ id: string; label: string }>;
    assert.deepEqual([bluesky.network, varA!.label, varB!.label, bluesky.leadingVariantId], ['bluesky', 'A', 'B', null]);
    const runs = res.body.publications as Run[];
    assert.deepEqual(runs.map((r) => [r.slot, r.variantId, r.reason]), [
      [0, varA!.id, 'explore'],
      [1, varB!.id, 'explore'],
      [2, null, null], [3, null, null], [4, null, null], [5, null, null],
    ]);
    // The post's own publication was replaced by the experiment's six.
    const post = await call(t.app, a.token, 'GET', `${ws()}/posts/${postId}`);
    assert.equal(post.body.publications.length, 6);
    assert.equal(post.body.status, 'scheduled');

    await publish(runs[0]!.publicationId);
    await publish(runs[1]!.publicationId);
    assert.deepEqual(network.posts.slice(-2).map((p) => p.text), ['Big news\nOur app is out.', 'You asked, we built it.']);
    // B engages far better than A on the same audience size.
    await metricsRepository.addPoints(getDb().db, [
      { publicationId: runs[0]!.publicationId, metrics: metricsAt(new Date().toISOString(), { likes: 10, impressions: 1000 }) },
      { publicationId: runs[1]!.publicationId, metrics: metricsAt(new Date().toISOString(), { likes: 150, reposts: 50, impressions: 1000 }) },
    ]);
    for (const r of runs.slice(2)) await publish(r.publicationId);

    const report = await call(t.app, viewer, 'GET', `${ws()}/posts/${postId}/experiment`);
    assert.equal(report.status, 200, JSON.stringify(report.body));
    const later = (report.body.publications as Run[]).slice(2);
    assert.ok(later.every((r) => r.variantId === varB!.id && r.reason === 'thompson' && r.status === 'published'), JSON.stringify(later));
    assert.equal(network.posts.filter((p) => p.text === 'You asked, we built it.').length, 5);
    const [got] = report.body.networks;
    const [ra, rb] = got.variants;
    assert.deepEqual([ra.publications, ra.impressions, ra.engagements, ra.rate], [1, 1000, 10, 0.01]);
    assert.deepEqual([rb.publications, rb.impressions, rb.engagements, rb.rate], [5, 1000, 200, 0.2]);
    assert.ok(Math.abs(ra.probabilityBest + rb.probabilityBest - 1) < 1e-9);
    assert.ok(rb.probabilityBest > 0.99);
    assert.deepEqual([ra.lift, Math.round(rb.lift * 100)], [0, 1900]);
    assert.equal(got.leadingVariantId, varB!.id);
    // Why each later publication got B is kept: the draws and the figures they were drawn from.
    const why = await getDb().db.selectFrom('experiment_publications').select('reason').where('publication_id', '=', later[0]!.publicationId).executeTakeFirstOrThrow();
    assert.equal(why.reason?.kind, 'thompson');
    assert.deepEqual(why.reason?.kind === 'thompson' && why.reason.basis[varB!.id], { trials: 1000, successes: 200 });

    // Its publications are the experiment's: the post is not edited as a plain post, nor given a second experiment.
    const patched = await call(t.app, a.token, 'PATCH', `${ws()}/posts/${postId}`, { text: 'Other' });
    assert.deepEqual([patched.status, patched.body.error.code], [409, 'experiment_running']);
    const again = await call(t.app, a.token, 'POST', `${ws()}/posts/${postId}/experiment`, body);
    assert.deepEqual([again.status, again.body.error.code], [409, 'experiment_exists']);
  });

  it("refuses a variant that breaks the network's rules, naming the variant and its field; nothing changes", async () => {
    const postId = await draft();
    const slots = dueSlots(2);
    const long = await call(t.app, a.token, 'POST', `${ws()}/posts/${postId}/experiment`, { metric: 'clicks', variants: [{ label: 'A' }, { label: 'Long', text: 'x'.repeat(301) }], slots });
    assert.equal(long.status, 422, JSON.stringify(long.body));
    assert.deepEqual([long.body.error.code, long.body.error.field, long.body.error.params.variant, long.body.error.params.rule], ['validation_failed', 'variants[1].text', 'Long', 'too_long']);
    assert.match(long.body.error.message, /^Variant "Long" on bluesky: /);
    const hook = await call(t.app, a.token, 'POST', `${ws()}/posts/${postId}/experiment`, { metric: 'clicks', variants: [{ label: 'A' }, { label: 'Hook', firstLine: 'y'.repeat(301) }], slots });
    assert.deepEqual([hook.status, hook.body.error.field], [422, 'variants[1].firstLine']);
    const media = await call(t.app, a.token, 'POST', `${ws()}/posts/${postId}/experiment`, { metric: 'clicks', variants: [{ label: 'A' }, { label: 'Pic', mediaIds: ['00000000-0000-4000-8000-000000000000'] }], slots });
    assert.deepEqual([media.status, media.body.error.code, media.body.error.field], [422, 'unknown_media', 'variants[1].mediaIds']);
    const one = await call(t.app, a.token, 'POST', `${ws()}/posts/${postId}/experiment`, { metric: 'clicks', variants: [{ label: 'A' }, { label: 'X', network: 'mastodon' }], slots });
    assert.deepEqual([one.status, one.body.error.field], [422, 'variants[1].network']);
    const five = await call(t.app, a.token, 'POST', `${ws()}/posts/${postId}/experiment`, { metric: 'clicks', variants: ['A', 'B', 'C', 'D', 'E'].map((label) => ({ label })), slots: dueSlots(5) });
    assert.deepEqual([five.status, five.body.error.code, five.body.error.params], [422, 'variant_count', { network: 'bluesky', count: 5 }]);
    const few = await call(t.app, a.token, 'POST', `${ws()}/posts/${postId}/experiment`, { metric: 'clicks', variants: [{ label: 'A' }, { label: 'B' }, { label: 'C' }], slots });
    assert.deepEqual([few.status, few.body.error.code, few.body.error.field], [422, 'too_few_slots', 'slots']);
    const past = await call(t.app, a.token, 'POST', `${ws()}/posts/${postId}/experiment`, { metric: 'clicks', variants: [{ label: 'A' }, { label: 'B' }], slots: ['2020-01-01T10:00:00Z', ...slots] });
    assert.deepEqual([past.status, past.body.error.code, past.body.error.field], [422, 'date_in_past', 'slots[0]']);
    assert.equal((await call(t.app, a.token, 'GET', `${ws()}/posts/${postId}/experiment`)).status, 404);
    const post = await call(t.app, a.token, 'GET', `${ws()}/posts/${postId}`);
    assert.deepEqual([post.body.status, post.body.publications.length], ['draft', 1]);
  });

  it('refuses a post with segment variants: those split the audience already', async () => {
    const segment = await call(t.app, a.token, 'POST', `${ws()}/segments`, { name: 'Nordics', when: { country: { in: ['NO', 'SE'] } } });
    const post = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'Hi', channelIds: [a.channelId], variants: [{ segmentId: segment.body.id, text: 'Hei' }] });
    assert.equal(post.status, 201, JSON.stringify(post.body));
    const res = await call(t.app, a.token, 'POST', `${ws()}/posts/${post.body.id}/experiment`, { metric: 'clicks', variants: [{ label: 'A' }, { label: 'B', firstLine: 'Hello' }], slots: dueSlots(2) });
    assert.deepEqual([res.status, res.body.error.code], [422, 'experiment_with_segments']);
  });

  it("answers 404 for another workspace's post, and a viewer cannot start an experiment", async () => {
    const theirs = await draft(b.token, b.workspaceId, b.channelId);
    const body = { metric: 'clicks', variants: [{ label: 'A' }, { label: 'B', firstLine: 'Hi' }], slots: dueSlots(2) };
    const crossed = await call(t.app, a.token, 'POST', `${ws()}/posts/${theirs}/experiment`, body);
    assert.deepEqual([crossed.status, crossed.body.error.code], [404, 'not_found']);
    assert.equal((await call(t.app, a.token, 'GET', `${ws()}/posts/${theirs}/experiment`)).status, 404);
    assert.equal((await call(t.app, b.token, 'GET', `/api/v1/workspaces/${b.workspaceId}/posts/${theirs}/experiment`)).status, 404, 'none started');
    const mine = await draft();
    const refused = await call(t.app, viewer, 'POST', `${ws()}/posts/${mine}/experiment`, body);
    assert.equal(refused.status, 403, JSON.stringify(refused.body));
    assert.equal((await call(t.app, a.token, 'GET', `${ws()}/posts/${mine}/experiment`)).status, 404);
  });
});
