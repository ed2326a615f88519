/**
 * A/B destinations. `weighted`: arms get traffic by weight and a returning visitor keeps their arm (cookie on the
 * short domain). `bandit`: Thompson sampling on the conversion rate — each visit draws a plausible rate for every
 * arm from Beta(conversions + 1, visits − conversions + 1) and goes to the highest draw, so the better landing page
 * wins traffic as evidence grows while weaker arms still get explored.
 *
 * The Beta–Thompson math is in core/bandit.ts, shared with the post experiments.
 */
import { z } from 'zod';
import { betaSample, probabilityBest as chanceOfBest, thompsonPick } from '../../core/bandit.js';
import { invalid } from '../../core/errors.js';
import { checkDestination } from './destination.js';

export const Variants = z.object({
  mode: z.enum(['weighted', 'bandit']).default('weighted'),
  arms: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9_-]{1,20}$/, 'An arm id is 1–20 lowercase letters, digits, "-" or "_".'),
        url: z.string().max(4000),
        weight: z.number().min(0).max(1000).default(1),
      }),
    )
    .min(2, 'A/B testing needs at least two arms.')
    .max(10),
});
export type Variants = z.infer<typeof Variants>;

export function checkVariants(variants: Variants, ownHosts: string[]): Variants {
  const ids = new Set<string>();
  const arms = variants.arms.map((arm, i) => {
    if (ids.has(arm.id)) throw invalid('duplicate_arm', `Two arms are called "${arm.id}".`, `variants.arms[${i}].id`);
    ids.add(arm.id);
    return { ...arm, url: checkDestination(arm.url, ownHosts, `variants.arms[${i}].url`) };
  });
  if (variants.mode === 'weighted' && arms.every((a) => a.weight === 0)) {
    throw invalid('invalid_weights', 'At least one arm needs a weight above 0.', 'variants.arms');
  }
  return { mode: variants.mode, arms };
}

export interface ArmStats {
  visits: number;
  conversions: number;
}

/** Re-exported: the Beta draws live in core/bandit.ts, shared with the post experiments. */
export { betaSample };

/** The arm for one visit: sticky arm if still offered, else by weight or by Thompson sampling. */
export function pickArm(
  variants: Variants,
  stats: ReadonlyMap<string, ArmStats>,
  sticky: string | undefined,
  random: () => number = Math.random,
): Variants['arms'][number] {
  if (variants.mode === 'weighted') {
    const kept = sticky ? variants.arms.find((a) => a.id === sticky && a.weight > 0) : undefined;
    if (kept) return kept;
    const total = variants.arms.reduce((sum, a) => sum + a.weight, 0);
    let r = random() * total;
    for (const arm of variants.arms) {
      r -= arm.weight;
      if (r < 0) return arm;
    }
    return variants.arms[variants.arms.length - 1]!;
  }
  const options = variants.arms.map((arm) => {
    const s = stats.get(arm.id) ?? { visits: 0, conversions: 0 };
    return { id: arm.id, arm, trials: s.visits, successes: s.conversions };
  });
  return thompsonPick(options, random).picked.arm;
}

/** For the report: each arm's probability of being the best, by Monte Carlo over the Beta posteriors. */
export function probabilityBest(arms: Array<{ id: string } & ArmStats>, draws = 20_000, random: () => number = Math.random): Record<string, number> {
  return chanceOfBest(arms.map((a) => ({ id: a.id, trials: a.visits, successes: a.conversions })), draws, random);
}
