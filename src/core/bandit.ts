/**
 * Beta–Bernoulli Thompson sampling, shared by the link A/B arms (conversions per visit) and the post experiments
 * (engagements or clicks per impression). Each option's rate is unknown; after `successes` out of `trials` its
 * plausible rates follow Beta(successes + 1, trials − successes + 1). Picking the option with the highest draw sends
 * more traffic to the better option as evidence grows while weaker ones are still explored; counting how often each
 * option draws highest gives its probability of being the best (Monte Carlo).
 *
 * The Beta draws are written here (Marsaglia–Tsang gamma sampling, ~20 lines) rather than pulled from a statistics
 * package: the link redirect's hot path needs one tiny function, not a library.
 *
 * @example
 *   thompsonPick([{ id: 'a', trials: 1000, successes: 20 }, { id: 'b', trials: 1000, successes: 60 }]).id // 'b', nearly always
 *   probabilityBest([{ id: 'a', trials: 0, successes: 0 }, { id: 'b', trials: 0, successes: 0 }]) // ≈ { a: 0.5, b: 0.5 }
 */

export interface BetaStats {
  id: string;
  trials: number;
  successes: number;
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

/** One plausible rate from the option's posterior; successes above trials (late counts) are capped. */
export function posteriorDraw(s: Omit<BetaStats, 'id'>, random: () => number = Math.random): number {
  const trials = Math.max(0, s.trials);
  const successes = Math.min(Math.max(0, s.successes), trials);
  return betaSample(successes + 1, trials - successes + 1, random);
}

/** Thompson sampling: one draw per option, the highest wins (the first option on a tie). `draws` for the record. */
export function thompsonPick<T extends BetaStats>(options: readonly T[], random: () => number = Math.random): { picked: T; draws: Record<string, number> } {
  if (options.length === 0) throw new Error('thompsonPick needs at least one option');
  const draws: Record<string, number> = {};
  let picked = options[0]!;
  let top = -1;
  for (const option of options) {
    const draw = posteriorDraw(option, random);
    draws[option.id] = draw;
    if (draw > top) {
      top = draw;
      picked = option;
    }
  }
  return { picked, draws };
}

/** Each option's probability of being the best, by Monte Carlo over the Beta posteriors; the values sum to 1. */
export function probabilityBest(options: readonly BetaStats[], draws = 20_000, random: () => number = Math.random): Record<string, number> {
  const wins = new Map(options.map((o) => [o.id, 0]));
  if (options.length === 0) return {};
  for (let i = 0; i < draws; i++) {
    const { picked } = thompsonPick(options, random);
    wins.set(picked.id, (wins.get(picked.id) ?? 0) + 1);
  }
  return Object.fromEntries([...wins].map(([id, n]) => [id, n / draws]));
}
