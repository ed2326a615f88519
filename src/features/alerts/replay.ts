/**
 * A replayable inbox stream for proving the alert rules (tests and `npm run bench -- alerts`): a week of items with a
 * day-and-night rhythm and a steady share of negative ones, optionally with a planted negative surge, and the same
 * rule evaluation the workers run, once a minute of stream time, over in-memory counts.
 *
 * @example
 *   const stream = replayStream({ items: 10_000, surge: { at: day5, count: 120, minutes: 20 } });
 *   const { fired } = replayNegativeSurge(stream.items, { windowMinutes: 30, minCount: 15 }, stream);
 */
import { baselineWindows, step, surge } from './detector.js';
import { seededRandom as random } from '../../core/seeded-random.js';

export interface ReplayItem {
  at: number;
  negative: boolean;
}

export interface PlantedSurge {
  /** Epoch ms of the first planted item. */
  at: number;
  count: number;
  minutes: number;
}

const MINUTE = 60_000;
const WEEK = 7 * 24 * 60 * MINUTE;


/** `items` items over a week from `start`, busier by day; 12 % negative; plus the planted surge (all negative). */
export function replayStream(options: { items: number; start?: number; surge?: PlantedSurge; seed?: number }): { start: number; end: number; items: ReplayItem[] } {
  const start = options.start ?? Date.UTC(2026, 10, 2);
  const rand = random(options.seed ?? 7);
  const items: ReplayItem[] = [];
  while (items.length < options.items) {
    const at = start + rand() * WEEK;
    // Thinning: a day-and-night rhythm, three times busier at 14:00 than at 02:00 UTC.
    const hour = new Date(at).getUTCHours() + new Date(at).getUTCMinutes() / 60;
    if (rand() > (2 - Math.cos(((hour - 2) / 24) * 2 * Math.PI)) / 3) continue;
    items.push({ at, negative: rand() < 0.12 });
  }
  const planted = options.surge;
  if (planted) {
    for (let i = 0; i < planted.count; i++) items.push({ at: planted.at + (i / planted.count) * planted.minutes * MINUTE, negative: true });
  }
  items.sort((a, b) => a.at - b.at);
  return { start, end: start + WEEK, items };
}

/** Negative items per window ending at `now`: [current, previous…]. The repository counts the same way in SQL. */
export function windowCounts(times: number[], now: number, windowMinutes: number, windows: number): number[] {
  const size = windowMinutes * MINUTE;
  const counts = Array<number>(windows + 1).fill(0);
  // `times` is sorted: walk back from the last item at or before now.
  let i = upperBound(times, now) - 1;
  for (; i >= 0; i--) {
    const bucket = Math.floor((now - times[i]!) / size);
    if (bucket > windows) break;
    counts[bucket]!++;
  }
  return counts;
}

function upperBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Evaluates a negative-surge rule once a minute over the stream; returns when it fired and how many evaluations ran. */
export function replayNegativeSurge(
  items: ReplayItem[],
  rule: { windowMinutes: number; minCount: number },
  span: { start: number; end: number },
): { fired: number[]; evaluations: number } {
  const negatives = items.filter((i) => i.negative).map((i) => i.at);
  const k = baselineWindows(rule.windowMinutes);
  const fired: number[] = [];
  let armed = true;
  let evaluations = 0;
  // Evaluations start once a full baseline exists, as a new rule's would on a workspace with history.
  for (let now = span.start + (k + 1) * rule.windowMinutes * MINUTE; now <= span.end; now += MINUTE) {
    evaluations++;
    const [current, ...previous] = windowCounts(negatives, now, rule.windowMinutes, k);
    const verdict = surge({ current: current!, previous, minCount: rule.minCount });
    const next = step(armed, verdict.exceeded);
    if (next.fire) fired.push(now);
    armed = next.armed;
  }
  return { fired, evaluations };
}
