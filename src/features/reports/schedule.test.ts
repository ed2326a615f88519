import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextRun, periodBefore } from './schedule.js';

test('weekly reports go out on Mondays at 07:00 UTC for the seven days before; monthly on the 1st for the month before', () => {
  assert.equal(nextRun('weekly', new Date('2026-12-07T06:59:00Z')).toISOString(), '2026-12-07T07:00:00.000Z', 'a Monday before 07:00: that morning');
  assert.equal(nextRun('weekly', new Date('2026-12-07T07:00:00Z')).toISOString(), '2026-12-14T07:00:00.000Z', 'strictly after');
  assert.equal(nextRun('weekly', new Date('2026-12-10T12:00:00Z')).toISOString(), '2026-12-14T07:00:00.000Z');
  assert.equal(nextRun('monthly', new Date('2026-12-07T08:00:00Z')).toISOString(), '2027-01-01T07:00:00.000Z', 'across the year');
  assert.equal(nextRun('monthly', new Date('2026-12-01T06:00:00Z')).toISOString(), '2026-12-01T07:00:00.000Z');
  assert.deepEqual(periodBefore('weekly', new Date('2026-12-07T07:00:00Z')), { from: '2026-11-30', to: '2026-12-06' });
  assert.deepEqual(periodBefore('monthly', new Date('2026-03-01T07:00:00Z')), { from: '2026-02-01', to: '2026-02-28' });
  assert.deepEqual(periodBefore('monthly', new Date('2027-01-01T07:00:00Z')), { from: '2026-12-01', to: '2026-12-31' });
});
