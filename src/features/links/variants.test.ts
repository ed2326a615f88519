import assert from 'node:assert/strict';
import { it } from 'node:test';
import { betaSample, checkVariants, pickArm, probabilityBest, type Variants } from './variants.js';
import { seededRandom as seeded } from '../../core/seeded-random.js';

it('draws from Beta with the right mean', () => {
  const random = seeded(1);
  let sum = 0;
  for (let i = 0; i < 20_000; i++) sum += betaSample(3, 7, random);
  assert.ok(Math.abs(sum / 20_000 - 0.3) < 0.01, String(sum / 20_000));
});

it('splits weighted traffic by weight and keeps a returning visitor on their arm', () => {
  const v: Variants = { mode: 'weighted', arms: [{ id: 'a', url: 'https://a.example', weight: 3 }, { id: 'b', url: 'https://b.example', weight: 1 }] };
  const random = seeded(2);
  const counts = { a: 0, b: 0 } as Record<string, number>;
  for (let i = 0; i < 40_000; i++) counts[pickArm(v, new Map(), undefined, random).id]!++;
  assert.ok(Math.abs(counts.a! / 40_000 - 0.75) < 0.01, JSON.stringify(counts));
  assert.equal(pickArm(v, new Map(), 'b', random).id, 'b');
  assert.notEqual(pickArm(v, new Map(), 'gone', random).id, 'gone');
});

it('the bandit sends most traffic to the arm that converts better, and still explores', () => {
  const v: Variants = { mode: 'bandit', arms: [{ id: 'a', url: 'https://a.example', weight: 1 }, { id: 'b', url: 'https://b.example', weight: 1 }] };
  const stats = new Map([
    ['a', { visits: 1000, conversions: 20 }],
    ['b', { visits: 1000, conversions: 60 }],
  ]);
  const random = seeded(3);
  let b = 0;
  for (let i = 0; i < 10_000; i++) if (pickArm(v, stats, undefined, random).id === 'b') b++;
  assert.ok(b > 9_900, `b got ${b}`);
  const early = new Map([
    ['a', { visits: 10, conversions: 1 }],
    ['b', { visits: 10, conversions: 2 }],
  ]);
  let a = 0;
  for (let i = 0; i < 10_000; i++) if (pickArm(v, early, undefined, random).id === 'a') a++;
  assert.ok(a > 1_000 && a < 5_000, `with little evidence the weaker arm still gets traffic: ${a}`);
  const p = probabilityBest([{ id: 'a', visits: 1000, conversions: 20 }, { id: 'b', visits: 1000, conversions: 60 }], 5_000, random);
  assert.ok(p.b! > 0.99 && Math.abs(p.a! + p.b! - 1) < 1e-9);
});

it('refuses duplicate arms, all-zero weights and unsafe URLs with the field at fault', () => {
  assert.throws(
    () => checkVariants({ mode: 'weighted', arms: [{ id: 'a', url: 'https://x.example', weight: 1 }, { id: 'a', url: 'https://y.example', weight: 1 }] }, []),
    (e: { field?: string }) => e.field === 'variants.arms[1].id',
  );
  assert.throws(
    () => checkVariants({ mode: 'weighted', arms: [{ id: 'a', url: 'https://x.example', weight: 0 }, { id: 'b', url: 'https://y.example', weight: 0 }] }, []),
    /weight above 0/,
  );
  assert.throws(
    () => checkVariants({ mode: 'bandit', arms: [{ id: 'a', url: 'javascript:alert(1)', weight: 1 }, { id: 'b', url: 'https://y.example', weight: 1 }] }, []),
    (e: { field?: string }) => e.field === 'variants.arms[0].url',
  );
});
