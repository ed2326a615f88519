import assert from 'node:assert/strict';
import { test } from 'node:test';
import { periodRange } from './range';

test('a preset ends today (UTC) and counts today among its days; a custom period is what was chosen', () => {
  const now = Date.UTC(2026, 11, 7, 23, 30);
  assert.deepEqual(periodRange({ preset: 7 }, now), { from: '2026-12-01', to: '2026-12-07' });
  assert.deepEqual(periodRange({ preset: 28 }, now), { from: '2026-11-10', to: '2026-12-07' });
  assert.deepEqual(periodRange({ preset: 'custom', from: '2026-01-01', to: '2026-01-31' }, now), { from: '2026-01-01', to: '2026-01-31' });
});
