/** When the A/B section names a winner. Run: node --import tsx --test src/web/pages/links/armsVerdict.test.ts */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasVerdict, leaderOf, probabilityText, VERDICT_MIN_VISITS } from './armsVerdict';

const arm = (id: string, visits: number, probabilityBest: number) => ({ id, visits, probabilityBest });

test('no leader while no arm had a visit, even if the probabilities are uneven by chance', () => {
  assert.equal(leaderOf([arm('a', 0, 0.52), arm('b', 0, 0.48)]), null);
});

test('the leader is the arm most likely to be best', () => {
  assert.equal(leaderOf([arm('a', 40, 0.03), arm('b', 40, 0.97)])?.id, 'b');
});

test('a verdict needs the leader at 95 % and every arm past the minimum of visits', () => {
  const decided = [arm('a', VERDICT_MIN_VISITS, 0.04), arm('b', VERDICT_MIN_VISITS, 0.96)];
  assert.equal(hasVerdict(decided, leaderOf(decided)), true);
  const unsure = [arm('a', 200, 0.1), arm('b', 200, 0.9)];
  assert.equal(hasVerdict(unsure, leaderOf(unsure)), false);
  // 0 of 3 against 3 of 3 reads ~99 %: too few visits to believe it.
  const early = [arm('a', 3, 0.014), arm('b', 3, 0.986)];
  assert.equal(hasVerdict(early, leaderOf(early)), false);
});

test('probabilities never read as certain: "> 99%" and "< 1%" at the ends', () => {
  const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
  assert.equal(probabilityText(1, percent), '> 99%');
  assert.equal(probabilityText(0.9951, percent), '> 99%');
  assert.equal(probabilityText(0.994, percent), '99%');
  assert.equal(probabilityText(0.5, percent), '50%');
  assert.equal(probabilityText(0.005, percent), '1%');
  assert.equal(probabilityText(0, percent), '< 1%');
});
