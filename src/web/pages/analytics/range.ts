/** The analytics page's periods: the last 7, 28 or 90 days up to today, or days chosen by hand (all UTC dates). */
export const PRESETS = [7, 28, 90] as const;
export type Preset = (typeof PRESETS)[number];
export type Period = { preset: Preset } | { preset: 'custom'; from: string; to: string };

const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The `from`/`to` of a period; a preset ends today (UTC), as the server counts days. */
export function periodRange(period: Period, now = Date.now()): { from: string; to: string } {
  if (period.preset === 'custom') return { from: period.from, to: period.to };
  return { from: day(now - (period.preset - 1) * DAY_MS), to: day(now) };
}
