/** Weekday names and the best-times heat map. Run: node scripts/test.mjs src/web/lib/weekSlots.test.ts */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bestSlot, heatmapOption, slotName, weekdayName } from './weekSlots';

test('ISO weekdays by name, in English and French', () => {
  assert.equal(weekdayName(1, 'en'), 'Monday');
  assert.equal(weekdayName(7, 'en'), 'Sunday');
  assert.equal(weekdayName(2, 'fr'), 'Mardi');
  assert.equal(slotName({ weekday: 2, time: '18:00' }, 'en'), 'Tuesday 18:00');
});

test('the heat map puts Monday on top and each slot in its cell; the best slot is the highest score', () => {
  const slots = [
    { weekday: 1, hour: 9, score: 1.234, posts: 3 },
    { weekday: 7, hour: 23, score: 0.4, posts: 0 },
  ];
  const option = heatmapOption(slots, 'en', 'score');
  const series = (option.series as Array<{ data: unknown[] }>)[0]!;
  assert.deepEqual(series.data, [[9, 6, 1.23], [23, 0, 0.4]]);
  assert.equal((option.yAxis as { data: string[] }).data[6], 'Mon');
  assert.deepEqual(bestSlot(slots), slots[0]);
  assert.equal(bestSlot([]), null);
});
