/**
 * Which A/B arm leads, and whether the numbers say enough to name a winner.
 */
import type { LinkArms } from '../../api';

type Arm = Pick<LinkArms['arms'][number], 'visits' | 'probabilityBest'>;

/**
 * A verdict needs the leader at 95 % or more — the usual bar for a Bayesian A/B decision, the counterpart of a 5 %
 * error rate — and at least 20 visits on every arm: the probabilities start from a flat prior, so three visits
 * against three already read 98.6 % (0 of 3 converted against 3 of 3), and stopping a test on such early numbers is
 * the classic way to crown the wrong page.
 */
export const VERDICT_PROBABILITY = 0.95;
export const VERDICT_MIN_VISITS = 20;

/** The arm in the lead (highest probability of being best), or null while no arm had a visit. */
export function leaderOf<A extends Arm>(arms: A[]): A | null {
  if (!arms.some((a) => a.visits > 0)) return null;
  return arms.reduce((best, a) => (a.probabilityBest > best.probabilityBest ? a : best));
}

export function hasVerdict<A extends Arm>(arms: Arm[], leader: A | null): leader is A {
  return leader !== null && leader.probabilityBest >= VERDICT_PROBABILITY && arms.every((a) => a.visits >= VERDICT_MIN_VISITS);
}


/**
 * A probability for people, never "100 %" or "0 %": the figures come from 20,000 random draws, so an arm that won
 * every draw is very likely best, not certainly. Rounded to whole percents, with "> 99 %" and "< 1 %" at the ends.
 */
export function probabilityText(p: number, percent: Intl.NumberFormat): string {
  if (p >= 0.995) return `> ${percent.format(0.99)}`;
  if (p < 0.005) return `< ${percent.format(0.01)}`;
  return percent.format(p);
}
