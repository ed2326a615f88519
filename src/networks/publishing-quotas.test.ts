import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { busiestWindow, publishingQuotas, windowLabel } from './publishing-quotas.js';

const H = 3_600_000;

describe('publishing quotas', () => {
  it("knows Instagram's 50 and Threads's 250 posts per 24 hours, and nothing for networks that publish no number", () => {
    assert.deepEqual(publishingQuotas('instagram'), [{ max: 50, windowMs: 24 * H }]);
    assert.deepEqual(publishingQuotas('threads'), [{ max: 250, windowMs: 24 * H }]);
    assert.deepEqual(publishingQuotas('linkedin'), []);
  });

  it('counts the busiest moving window that holds the new time', () => {
    const at = 100 * H;
    // 20 h before and 5 h after are never in one day's window: [at-20h, at+4h) and [at-2h, at+22h) hold three each.
    const times = [at - 20 * H, at - 2 * H, at, at + 5 * H, at + 30 * H];
    assert.equal(busiestWindow(times, at, 24 * H), 3);
    assert.equal(busiestWindow([...times, at + 3 * H], at, 24 * H), 4);
    assert.equal(busiestWindow([at], at, H), 1);
    assert.equal(busiestWindow([at - H, at, at + H], at, H), 1, 'a window is half-open: exactly one hour apart is two windows');
    assert.equal(busiestWindow([at - H + 1, at, at + H - 1], at, H), 2);
  });

  it('says windows the way people do', () => {
    assert.deepEqual(windowLabel(24 * H), { amount: 24, unit: 'hours' });
    assert.deepEqual(windowLabel(15 * 60_000), { amount: 15, unit: 'minutes' });
  });
});
