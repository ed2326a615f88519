/**
 * How an experiment spreads its variants over its publications. Pure: the service and the publish step pass the rows.
 *
 * Exploration: on each channel the first k slots (k = the network's variants) show every variant once, in an order
 * rotated per channel, so that with several channels of a network no variant always gets the earliest (or latest)
 * slot and time-of-day effects are spread over the variants. After that, each publication's variant is picked by
 * Thompson sampling (core/bandit.ts) on what the variants have measured when its publish job runs.
 *
 * The rate measured: engagements ÷ impressions ("engagementRate"), or link clicks ÷ impressions ("clicks"). A
 * network that reports reach but no impressions is measured on reach, as the segment results do
 * (metrics/segment-results.ts); a publication with neither has taught nothing yet and counts for nothing.
 */
import { probabilityBest, thompsonPick, type BetaStats } from '../../core/bandit.js';
import type { ExperimentMetric } from '../../db/schema.js';
import type { MetricsPoint } from '../metrics/repository.js';

/** The variant position of slot `slot` on the `channelIndex`-th channel during exploration; null after it. */
export function explorationVariant(slot: number, channelIndex: number, variants: number): number | null {
  return slot < variants ? (slot + channelIndex) % variants : null;
}

/** A variant's content: its own text (or the channel's), its first line in place of the text's, its media. */
export function variantContent(
  base: { text: string; mediaIds: string[] },
  variant: { text: string | null; media_ids: string[] | null; first_line: string | null },
): { text: string; mediaIds: string[] } {
  const text = variant.text ?? base.text;
  const lines = text.split('\n');
  if (variant.first_line !== null) lines[0] = variant.first_line;
  return { text: lines.join('\n'), mediaIds: variant.media_ids ?? base.mediaIds };
}

export interface VariantFigures {
  publications: number;
  impressions: number;
  engagements: number;
  clicks: number;
}

/** Sums the latest measures of each variant's published publications. */
export function figuresByVariant(
  used: Array<{ publicationId: string; variantId: string }>,
  latest: MetricsPoint[],
  clicks: Array<{ publication_id: string; clicks: number | string }>,
): Map<string, VariantFigures> {
  const out = new Map<string, VariantFigures>();
  for (const { publicationId, variantId } of used) {
    const f = out.get(variantId) ?? { publications: 0, impressions: 0, engagements: 0, clicks: 0 };
    const m = latest.find((p) => p.publication_id === publicationId);
    f.publications++;
    if (m) {
      f.impressions += m.impressions ?? m.reach ?? 0;
      f.engagements += m.likes + m.reposts + m.replies + (m.quotes ?? 0) + (m.saves ?? 0);
    }
    f.clicks += clicks.filter((c) => c.publication_id === publicationId).reduce((n, c) => n + Number(c.clicks), 0);
    out.set(variantId, f);
  }
  return out;
}

/** Successes out of trials for the Beta posterior of a variant. */
export function betaStats(id: string, f: VariantFigures | undefined, metric: ExperimentMetric): BetaStats {
  if (!f) return { id, trials: 0, successes: 0 };
  return { id, trials: f.impressions, successes: metric === 'clicks' ? f.clicks : f.engagements };
}

/** The variant a publication takes now, with the draws and the figures behind them (kept as the reason). */
export function pickVariant(stats: BetaStats[], random: () => number = Math.random) {
  const { picked, draws } = thompsonPick(stats, random);
  const basis = Object.fromEntries(stats.map((s) => [s.id, { trials: s.trials, successes: s.successes }]));
  return { variantId: picked.id, reason: { kind: 'thompson' as const, draws, basis } };
}

export interface VariantVerdict {
  rate: number | null;
  probabilityBest: number;
  /** Relative change of the rate against the baseline (the network's first variant); null without both rates. */
  lift: number | null;
}

/** Rate, chance of being best and lift for each of one network's variants (in order, the first is the baseline). */
export function verdicts(stats: BetaStats[], random: () => number = Math.random): Map<string, VariantVerdict> {
  const best = probabilityBest(stats, 20_000, random);
  const rateOf = (s: BetaStats) => (s.trials > 0 ? Math.min(s.successes, s.trials) / s.trials : null);
  const baseline = stats[0] ? rateOf(stats[0]) : null;
  return new Map(
    stats.map((s) => {
      const rate = rateOf(s);
      const lift = rate !== null && baseline ? (rate - baseline) / baseline : null;
      return [s.id, { rate, probabilityBest: best[s.id] ?? 0, lift }];
    }),
  );
}
