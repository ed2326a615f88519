/**
 * The decision of an alert rule, apart from the database so that a replayed stream can drive it exactly as the
 * workers do. A surge is the current window's count against the rolling baseline of the windows before it: it fires
 * when the count reaches the rule's minimum AND exceeds mean + 3σ of the previous windows (a three-sigma rule on
 * counts; with a quiet history, σ is floored at √mean so that a Poisson-like trickle does not make every small bump a
 * surge). One surge fires once: a rule that fired is disarmed until an evaluation finds its condition false.
 *
 * @example
 *   const verdict = surge({ current: 42, previous: [3, 5, 4, 6], minCount: 10 });
 *   // → { exceeded: true, threshold: 8.1…, mean: 4.5, sd: 2.1… }
 */

/**
 * How many previous windows make the baseline: a whole day of them, so that the day's own rhythm (quiet nights, busy
 * afternoons) is part of the normal variation instead of a surge each morning; a week of days for daily windows.
 */
export function baselineWindows(windowMinutes: number): number {
  return Math.max(7, Math.ceil((24 * 60) / windowMinutes));
}

export interface SurgeInput {
  /** Items in the current window. */
  current: number;
  /** Items in each previous window, most recent first. */
  previous: number[];
  minCount: number;
}

export interface SurgeVerdict {
  exceeded: boolean;
  threshold: number;
  mean: number;
  sd: number;
}

export function surge({ current, previous, minCount }: SurgeInput): SurgeVerdict {
  const n = previous.length;
  const mean = n === 0 ? 0 : previous.reduce((a, b) => a + b, 0) / n;
  const variance = n < 2 ? 0 : previous.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
  const sd = Math.max(Math.sqrt(variance), Math.sqrt(mean));
  const threshold = mean + 3 * sd;
  return { exceeded: current >= minCount && current > threshold, threshold, mean, sd };
}

/** A post whose negative replies outrun its positive ones, with at least `minCount` negative ones. */
export function backlash(counts: { negative: number; positive: number }, minCount: number): boolean {
  return counts.negative >= minCount && counts.negative > counts.positive;
}

/** Arming: fire on the first evaluation that finds the condition true, then wait until it has been false once. */
export function step(armed: boolean, exceeded: boolean): { fire: boolean; armed: boolean } {
  if (exceeded) return { fire: armed, armed: false };
  return { fire: false, armed: true };
}
