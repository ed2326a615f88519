import assert from 'node:assert/strict';
import { it } from 'node:test';
import { formatIntervals, parseIntervals, weekdayName } from './format';

it('reads and writes a day of intervals, passing on what it cannot read', () => {
  assert.deepEqual(parseIntervals('09:00-12:00, 13:00 – 17:30'), [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:30' }]);
  assert.deepEqual(parseIntervals('  '), [], 'closed');
  assert.deepEqual(parseIntervals('9h'), [{ start: '9h', end: '' }]);
  assert.equal(formatIntervals(parseIntervals('09:00-12:00,13:00-17:00')), '09:00-12:00, 13:00-17:00');
});

it('names weekdays from Monday', () => {
  assert.equal(weekdayName(1, 'en'), 'Monday');
  assert.equal(weekdayName(7, 'fr'), 'Dimanche');
});
