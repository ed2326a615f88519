/**
 * A/B destinations. `weighted`: arms get traffic by weight and a returning visitor keeps their arm (cookie on the
 * short domain). `bandit`: Thompson sampling on the conversion rate — each visit draws a plausible rate for every
 * arm from Beta(conversions + 1, visits − conversions + 1) and goes to the highest draw, so the better landing page
 * wins traffic as evidence grows while weaker arms still get explored.
 *
 * The Beta draws are written here (Marsaglia–Tsang gamma sampling, ~20 lines) rather than pulled from a statistics
 * package: the hot path needs one tiny function, not a library.
 */
import { z } from 'zod';
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

/** A standard normal draw (Box–Muller). */
function normal(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Gamma(shape, 1) by Marsaglia and Tsang (2000); shape ≥ 1 here (Beta parameters are counts + 1). */
function gamma(shape: number, random: () => number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

export function betaSample(a: number, b: number, random: () => number = Math.random): number {
  const x = gamma(a, random);
  return x / (x + gamma(b, random));
}

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
  let best = variants.arms[0]!;
  let bestDraw = -1;
  for (const arm of variants.arms) {
    const s = stats.get(arm.id) ?? { visits: 0, conversions: 0 };
    const conversions = Math.min(s.conversions, s.visits);
    const draw = betaSample(conversions + 1, s.visits - conversions + 1, random);
    if (draw > bestDraw) {
      bestDraw = draw;
      best = arm;
    }
  }
  return best;
}

/** For the report: each arm's probability of being the best, by Monte Carlo over the Beta posteriors. */
export function probabilityBest(arms: Array<{ id: string } & ArmStats>, draws = 20_000, random: () => number = Math.random): Record<string, number> {
  const wins = new Map(arms.map((a) => [a.id, 0]));
  for (let i = 0; i < draws; i++) {
    let best = '';
    let top = -1;
    for (const a of arms) {
      const c = Math.min(a.conversions, a.visits);
      const x = betaSample(c + 1, a.visits - c + 1, random);
      if (x > top) {
        top = x;
        best = a.id;
      }
    }
    wins.set(best, (wins.get(best) ?? 0) + 1);
  }
  return Object.fromEntries([...wins].map(([id, n]) => [id, n / draws]));
}
