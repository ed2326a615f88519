/**
 * `npm run bench -- besttime` — how good the recommended slots are where the truth is known. Simulated channels,
 * each with its own true engagement surface over the week's 168 slots (partly what the published studies say,
 * partly the channel's own audience: two peaks at hours of its own), post three times a day at random hours between
 * 06:00 and 22:00 for 4, 16 or 52 weeks, each post's result drawn around the truth with log-normal noise. For each
 * channel the estimate's top 7 slots are scored by the true engagement they capture, as a share of what the oracle's
 * top 7 (the truly best slots) capture, against: a fixed schedule (weekdays at 9:00, 12:00 and 17:00), 7 random slots,
 * the prior alone, and the channel's own slot averages without a prior. Appends the results, dated, to RESULTS.md.
 */
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { estimateBestTimes, PRIOR, SLOTS, slotIndex, type PastPost } from '../src/features/best-times/estimate.js';
import { seededRandom as rng } from '../src/core/seeded-random.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const CHANNELS = 200;
const TOP = 7;
const POSTS_PER_DAY = 3;
/** Spread of one post's result around its slot's truth: log-normal σ 0.6, about what one post's rate varies by. */
const NOISE_SIGMA = 0.6;
const MONDAY = Date.UTC(2026, 0, 5);


function gaussian(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

/** Half the studies' shape, half the channel's own: two peaks (2 hours wide) on days and hours of its own. */
function trueSurface(next: () => number): number[] {
  const peaks = [0, 1].map(() => ({ hour: 6 + next() * 17, days: [1, 2, 3, 4, 5, 6, 7].filter(() => next() < 0.5), height: 1 + 2 * next() }));
  return Array.from({ length: SLOTS }, (_, s) => {
    const weekday = Math.floor(s / 24) + 1;
    const hour = s % 24;
    const own = peaks.reduce((sum, p) => sum + (p.days.includes(weekday) ? p.height * Math.exp(-((hour - p.hour) ** 2) / 8) : 0), 0.3);
    return 0.5 * PRIOR[s]! + 0.5 * own;
  });
}

function history(truth: number[], weeks: number, next: () => number): PastPost[] {
  const posts: PastPost[] = [];
  for (let day = 0; day < weeks * 7; day++) {
    for (let i = 0; i < POSTS_PER_DAY; i++) {
      const hour = 6 + Math.floor(next() * 17);
      const minute = Math.floor(next() * 60);
      const s = slotIndex((day % 7) + 1, hour);
      const impressions = Math.round(500 + next() * 1500);
      const rate = 0.03 * truth[s]! * Math.exp(NOISE_SIGMA * gaussian(next) - NOISE_SIGMA ** 2 / 2);
      posts.push({ publishedAt: new Date(MONDAY + ((day * 24 + hour) * 60 + minute) * 60_000), impressions, engagements: Math.round(impressions * rate) });
    }
  }
  return posts;
}

/** The slots with the highest plain average of the channel's own posts (no prior; slots never used rank last). */
function ownAverages(posts: PastPost[]): number[] {
  const sum = new Array<number>(SLOTS).fill(0);
  const n = new Array<number>(SLOTS).fill(0);
  for (const p of posts) {
    const at = new Date(p.publishedAt);
    const s = slotIndex(((at.getUTCDay() + 6) % 7) + 1, at.getUTCHours());
    sum[s]! += p.engagements / p.impressions;
    n[s]! += 1;
  }
  return topOf(sum.map((v, s) => (n[s]! > 0 ? v / n[s]! : -1)), TOP);
}

function topOf(values: number[], count: number): number[] {
  return values.map((v, s) => [v, s] as const).sort((a, b) => b[0] - a[0]).slice(0, count).map(([, s]) => s);
}

const mean = (slots: number[], truth: number[]) => slots.reduce((sum, s) => sum + truth[s]!, 0) / slots.length;
const FIXED = [1, 2, 3, 4, 5].flatMap((weekday) => [9, 12, 17].map((hour) => slotIndex(weekday, hour)));
const PRIOR_TOP = topOf([...PRIOR], TOP);

type Method = 'estimate' | 'own averages' | 'prior alone' | 'fixed schedule' | 'random slots';
const METHODS: Method[] = ['estimate', 'own averages', 'prior alone', 'fixed schedule', 'random slots'];

function run(weeks: number): Record<Method, number> {
  const next = rng(weeks * 7919);
  const totals = Object.fromEntries(METHODS.map((m) => [m, 0])) as Record<Method, number>;
  for (let c = 0; c < CHANNELS; c++) {
    const truth = trueSurface(next);
    const posts = history(truth, weeks, next);
    const oracle = mean(topOf(truth, TOP), truth);
    const estimate = estimateBestTimes(posts, 'UTC').slice(0, TOP).map((slot) => slotIndex(slot.weekday, slot.hour));
    const random = Array.from({ length: TOP }, () => Math.floor(next() * SLOTS));
    totals['estimate'] += mean(estimate, truth) / oracle;
    totals['own averages'] += mean(ownAverages(posts), truth) / oracle;
    totals['prior alone'] += mean(PRIOR_TOP, truth) / oracle;
    totals['fixed schedule'] += mean(FIXED, truth) / oracle;
    totals['random slots'] += mean(random, truth) / oracle;
  }
  return Object.fromEntries(METHODS.map((m) => [m, totals[m] / CHANNELS])) as Record<Method, number>;
}

const started = performance.now();
const results = [4, 16, 52].map((weeks) => ({ weeks, shares: run(weeks) }));
const seconds = (performance.now() - started) / 1000;
const percent = (v: number) => `${(v * 100).toFixed(1)} %`;
const rows = [
  `| history | ${METHODS.join(' | ')} |`,
  `| --- | ${METHODS.map(() => '---').join(' | ')} |`,
  ...results.map(({ weeks, shares }) => `| ${weeks} weeks (${weeks * 7 * POSTS_PER_DAY} posts) | ${METHODS.map((m) => percent(shares[m])).join(' | ')} |`),
];
console.log(`Share of the oracle's top-${TOP} engagement captured, mean over ${CHANNELS} simulated channels (${seconds.toFixed(1)} s):\n`);
console.log(rows.join('\n'));
const date = new Date().toISOString().slice(0, 10);
await appendFile(
  path.join(here, 'RESULTS.md'),
  `\n## ${date} — best time to post on ${CHANNELS} simulated channels with known true surfaces\n\n` +
    `Share of the engagement of the oracle's top ${TOP} slots that each method's top ${TOP} capture (mean per channel; ` +
    `${POSTS_PER_DAY} posts a day at random hours 06–22, log-normal noise σ ${NOISE_SIGMA}; fixed schedule = weekdays 9:00, 12:00, 17:00).\n\n` +
    `${rows.join('\n')}\n`,
);
