/**
 * Allocation on simulated true rates: after one publication per variant, Thompson sampling on what was measured
 * sends most later publications to the better variant; exploration rotates per channel; a variant's first line.
 * Run: node scripts/test.mjs src/features/experiments/allocation.test.ts
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { seededRandom } from '../../core/seeded-random.js';
import { betaStats, explorationVariant, figuresByVariant, pickVariant, variantContent, verdicts, type VariantFigures } from './allocation.js';

/** One publication seen by `impressions` people, each engaging with probability `rate`. */
function simulate(rate: number, impressions: number, random: () => number): number {
  let n = 0;
  for (let i = 0; i < impressions; i++) if (random() < rate) n++;
  return n;
}

function run(trueRates: Record<string, number>, later: number, seed: number) {
  const random = seededRandom(seed);
  const ids = Object.keys(trueRates);
  const figures = new Map<string, VariantFigures>(ids.map((id) => [id, { publications: 0, impressions: 0, engagements: 0, clicks: 0 }]));
  const publish = (id: string) => {
    const f = figures.get(id)!;
    f.publications++;
    f.impressions += 500;
    f.engagements += simulate(trueRates[id]!, 500, random);
  };
  ids.forEach((_, slot) => publish(ids[explorationVariant(slot, 0, ids.length)!]!));
  const picks: string[] = [];
  for (let i = 0; i < later; i++) {
    const { variantId, reason } = pickVariant(ids.map((id) => betaStats(id, figures.get(id), 'engagementRate')), random);
    assert.equal(reason.kind, 'thompson');
    assert.deepEqual(Object.keys(reason.draws).sort(), [...ids].sort());
    picks.push(variantId);
    publish(variantId);
  }
  return { picks, figures };
}

it('gives most later publications to the variant with the better true rate', () => {
  for (const seed of [1, 2, 3]) {
    const { picks, figures } = run({ a: 0.02, b: 0.05, c: 0.03 }, 30, seed);
    const share = picks.filter((p) => p === 'b').length / picks.length;
    assert.ok(share > 0.7, `seed ${seed}: b got ${share} of the later publications`);
    const v = verdicts(['a', 'b', 'c'].map((id) => betaStats(id, figures.get(id), 'engagementRate')), seededRandom(seed));
    const total = [...v.values()].reduce((n, x) => n + x.probabilityBest, 0);
    assert.ok(Math.abs(total - 1) < 1e-9, `P(best) sums to ${total}`);
    assert.ok(v.get('b')!.probabilityBest > 0.9);
    assert.equal(v.get('a')!.lift, 0, 'the baseline has no lift over itself');
    assert.ok(v.get('b')!.lift! > 0.5, 'b beats the baseline a by far');
  }
});

it('is the same on every run with the same seed (replayable)', () => {
  assert.deepEqual(run({ a: 0.03, b: 0.035 }, 20, 7).picks, run({ a: 0.03, b: 0.035 }, 20, 7).picks);
});

it('explores every variant once per channel, in an order rotated from one channel to the next', () => {
  const order = (channel: number) => [0, 1, 2, 3].map((slot) => explorationVariant(slot, channel, 3));
  assert.deepEqual(order(0), [0, 1, 2, null]);
  assert.deepEqual(order(1), [1, 2, 0, null]);
  assert.deepEqual(order(2), [2, 0, 1, null]);
});

it('without measures every variant is as likely the best, and none has a rate or a lift', () => {
  const v = verdicts([betaStats('a', undefined, 'clicks'), betaStats('b', undefined, 'clicks')], seededRandom(5));
  assert.ok(Math.abs(v.get('a')!.probabilityBest - 0.5) < 0.03);
  assert.deepEqual([v.get('b')!.rate, v.get('b')!.lift], [null, null]);
});

it("builds a variant's content: its text or the channel's, its first line in place of the text's, its media or the post's", () => {
  const base = { text: 'Big news\nWe shipped it.', mediaIds: ['m1'] };
  assert.deepEqual(variantContent(base, { text: null, media_ids: null, first_line: 'You asked, we built it' }), { text: 'You asked, we built it\nWe shipped it.', mediaIds: ['m1'] });
  assert.deepEqual(variantContent(base, { text: 'Short', media_ids: [], first_line: null }), { text: 'Short', mediaIds: [] });
});

it('measures clicks or engagements per impression over the published publications of each variant', () => {
  const point = (publication_id: string, impressions: number | null, reach: number | null, likes: number) =>
    ({ publication_id, impressions, reach, likes, reposts: 1, replies: 0, quotes: null, saves: null }) as unknown as Parameters<typeof figuresByVariant>[1][number];
  const figures = figuresByVariant(
    [{ publicationId: 'p1', variantId: 'a' }, { publicationId: 'p2', variantId: 'a' }, { publicationId: 'p3', variantId: 'b' }],
    [point('p1', 100, null, 4), point('p2', null, 50, 1), point('p3', null, null, 9)],
    [{ publication_id: 'p1', clicks: '3' }, { publication_id: 'p3', clicks: 2 }],
  );
  // p2 reports reach only: measured on it; p3 reports neither, so it taught nothing about the rate.
  assert.deepEqual(figures.get('a'), { publications: 2, impressions: 150, engagements: 7, clicks: 3 });
  assert.deepEqual(betaStats('a', figures.get('a'), 'clicks'), { id: 'a', trials: 150, successes: 3 });
  assert.deepEqual(betaStats('b', figures.get('b'), 'engagementRate'), { id: 'b', trials: 0, successes: 10 });
  // Successes above trials (clicks from elsewhere) are capped, so the draw stays a rate.
  const { variantId } = pickVariant([betaStats('b', figures.get('b'), 'engagementRate')], seededRandom(1));
  assert.equal(variantId, 'b');
});
