import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backlash, baselineWindows, step, surge } from './detector.js';
import { replayNegativeSurge, replayStream, windowCounts } from './replay.js';

const MINUTE = 60_000;
const RULE = { windowMinutes: 30, minCount: 15 };

describe('alert detector', () => {
  it('fires on a count above mean + 3σ of the previous windows and at least the minimum, not below either', () => {
    assert.equal(surge({ current: 30, previous: [4, 6, 5, 5], minCount: 10 }).exceeded, true);
    assert.equal(surge({ current: 9, previous: [0, 0, 0, 0], minCount: 10 }).exceeded, false, 'below the minimum');
    assert.equal(surge({ current: 14, previous: [10, 2, 12, 4], minCount: 10 }).exceeded, false, 'within 3σ of a noisy history');
    // A quiet history does not make σ zero: sqrt(mean) is the floor.
    const v = surge({ current: 12, previous: [4, 4, 4, 4], minCount: 5 });
    assert.equal(v.sd, 2);
    assert.equal(v.exceeded, true);
    assert.equal(surge({ current: 10, previous: [4, 4, 4, 4], minCount: 5 }).exceeded, false);
  });

  it('arms and disarms so that one surge fires once', () => {
    let armed = true;
    const fires = [false, true, true, true, false, true].map((exceeded) => {
      const next = step(armed, exceeded);
      armed = next.armed;
      return next.fire;
    });
    assert.deepEqual(fires, [false, true, false, false, false, true]);
  });

  it('calls a backlash when negative replies outrun positive ones', () => {
    assert.equal(backlash({ negative: 6, positive: 2 }, 5), true);
    assert.equal(backlash({ negative: 6, positive: 6 }, 5), false);
    assert.equal(backlash({ negative: 4, positive: 0 }, 5), false);
  });

  it('counts windows the way the repository does: (now - w, now] is the current one', () => {
    const now = 10 * MINUTE;
    const times = [0, 1, 5, 5.5, 9, 9.99, 10, 10.5].map((m) => m * MINUTE);
    assert.deepEqual(windowCounts(times, now, 5, 2), [4, 2, 1]);
    assert.equal(baselineWindows(1), 1440);
    assert.equal(baselineWindows(30), 48);
    assert.equal(baselineWindows(1440), 7);
  });

  describe('a replayed week of 10,000 items', () => {
    const start = Date.UTC(2026, 10, 2);
    const surgeAt = start + (5 * 24 + 14) * 60 * MINUTE + 17_000;
    const planted = { at: surgeAt, count: 120, minutes: 20 };

    it('never fires on the stream without a surge', () => {
      const stream = replayStream({ items: 10_000, start });
      assert.equal(stream.items.length, 10_000);
      assert.deepEqual(replayNegativeSurge(stream.items, RULE, stream).fired, []);
    });

    it('fires once, within one evaluation period of the moment the planted surge crossed the threshold', () => {
      const stream = replayStream({ items: 10_000 - planted.count, start, surge: planted });
      assert.equal(stream.items.length, 10_000);
      const { fired } = replayNegativeSurge(stream.items, RULE, stream);
      assert.equal(fired.length, 1, `fired at ${fired.map((t) => new Date(t).toISOString())}`);
      // The first moment (to the second) at which the window's negatives exceeded the threshold, read off the items.
      const negatives = stream.items.filter((i) => i.negative).map((i) => i.at);
      let crossed = surgeAt;
      for (; crossed < surgeAt + planted.minutes * MINUTE; crossed += 1000) {
        const [current, ...previous] = windowCounts(negatives, crossed, RULE.windowMinutes, baselineWindows(RULE.windowMinutes));
        if (surge({ current: current!, previous, minCount: RULE.minCount }).exceeded) break;
      }
      assert.ok(fired[0]! >= crossed, 'not before the surge was there');
      assert.ok(fired[0]! - crossed <= MINUTE, `fired ${(fired[0]! - crossed) / 1000} s after the threshold was crossed`);
      assert.ok(fired[0]! - surgeAt < 10 * MINUTE, 'and within minutes of the surge starting');
    });
  });
});
