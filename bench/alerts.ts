/**
 * `npm run bench -- alerts` — early warning on a replayed stream: a week of 10,000 inbox items with a planted negative
 * surge, and the same week without it. The rule (negative_surge, 30-minute window, at least 15) is evaluated once a
 * minute of stream time twice over: in memory over the whole week (replay.ts), and through PostgreSQL as the workers
 * do (evaluateRule) over the six hours before and one after the surge. Prints when it fired against when the
 * surge crossed the threshold, and each SQL evaluation's time against a bare count of the same window's rows (the
 * baseline, same run). Appends the results, dated, to bench/RESULTS.md.
 */
import { appendFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createScratchPostgres } from '../src/db/testing.js';
import { createTestApp, type TestApp } from '../src/testing/app.js';
import { NetworkRegistry } from '../src/networks/registry.js';
import { channelsRepository } from '../src/features/channels/repository.js';
import { workspacesRepository } from '../src/features/workspaces/repository.js';
import { engagementsRepository } from '../src/features/engagement/repository.js';
import { alertsRepository } from '../src/features/alerts/repository.js';
import { evaluateRule } from '../src/features/alerts/service.js';
import { baselineWindows, surge } from '../src/features/alerts/detector.js';
import { replayNegativeSurge, replayStream, windowCounts, type ReplayItem } from '../src/features/alerts/replay.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const MINUTE = 60_000;
const RULE = { windowMinutes: 30, minCount: 15 };
const start = Date.UTC(2026, 10, 2);
const surgeAt = start + (5 * 24 + 14) * 60 * MINUTE + 17_000;
const planted = { at: surgeAt, count: 120, minutes: 20 };

/** The first second at which the window's negatives exceed the threshold (read off the items, not the evaluations). */
function crossing(items: ReplayItem[]): number {
  const negatives = items.filter((i) => i.negative).map((i) => i.at);
  for (let t = surgeAt; t < surgeAt + planted.minutes * MINUTE; t += 1000) {
    const [current, ...previous] = windowCounts(negatives, t, RULE.windowMinutes, baselineWindows(RULE.windowMinutes));
    if (surge({ current: current!, previous, minCount: RULE.minCount }).exceeded) return t;
  }
  return NaN;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** Stores the stream in a fresh workspace, then evaluates the rule once a minute around the surge through SQL. */
async function sqlReplay(t: TestApp, items: ReplayItem[], label: string) {
  const db = t.ctx.database.db;
  const ws = await workspacesRepository.create(db, label);
  const { row: channel } = await channelsRepository.upsert(db, {
    workspaceId: ws.id, network: 'bluesky', externalId: label, handle: label, displayName: label, avatarUrl: null, serviceUrl: null, credentialsEnc: 'x', limits: {},
  });
  const author = { externalId: 'fan', handle: '@fan', displayName: 'Fan', avatarUrl: null };
  for (let i = 0; i < items.length; i += 500) {
    const chunk = items.slice(i, i + 500).map((item, j) => ({ kind: 'mention' as const, externalId: `${i + j}`, inReplyTo: null, author, text: item.negative ? 'awful' : 'nice', url: null, createdAt: new Date(item.at) }));
    await db.transaction().execute((trx) => engagementsRepository.upsertMany(trx, channel, chunk));
  }
  await sql`UPDATE engagements SET sentiment_label = CASE WHEN text = 'awful' THEN 'negative' ELSE 'positive' END WHERE workspace_id = ${ws.id}`.execute(db);
  await sql`ANALYZE engagements`.execute(db);
  const rule = await alertsRepository.createRule(db, { workspaceId: ws.id, name: label, kind: 'negative_surge', ...RULE, keywords: [], notify: {}, createdBy: null });
  const fired: number[] = [];
  const evalMs: number[] = [];
  const bareMs: number[] = [];
  for (let now = surgeAt - 6 * 60 * MINUTE; now <= surgeAt + 60 * MINUTE; now += MINUTE) {
    const at = new Date(now);
    let t0 = performance.now();
    if ((await evaluateRule(t.ctx, rule.id, at)).length > 0) fired.push(now);
    evalMs.push(performance.now() - t0);
    t0 = performance.now();
    const since = new Date(now - (baselineWindows(RULE.windowMinutes) + 1) * RULE.windowMinutes * MINUTE);
    await sql`SELECT count(*) FROM engagements WHERE workspace_id = ${ws.id} AND created_at > ${since.toISOString()}::timestamptz AND created_at <= ${at.toISOString()}::timestamptz`.execute(db);
    bareMs.push(performance.now() - t0);
  }
  evalMs.sort((a, b) => a - b);
  bareMs.sort((a, b) => a - b);
  return { fired, evaluations: evalMs.length, p50: quantile(evalMs, 0.5), p99: quantile(evalMs, 0.99), bare: quantile(bareMs, 0.5) };
}

const withSurge = replayStream({ items: 10_000 - planted.count, start, surge: planted });
const without = replayStream({ items: 10_000, start });
const crossed = crossing(withSurge.items);
const t0 = performance.now();
const memory = { with: replayNegativeSurge(withSurge.items, RULE, withSurge), without: replayNegativeSurge(without.items, RULE, without) };
const memoryMs = performance.now() - t0;

const scratch = await createScratchPostgres('chorus_bench');
const database = await openDatabase({ url: scratch.url, poolSize: 5 });
let rows: string[] = [];
try {
  await migrateToLatest(database.db);
  const t = await createTestApp(database, { networks: new NetworkRegistry(), env: { CHORUS_SECRET_KEY: 'bench-secret-key-long-enough-0123456789abcdef' } });
  try {
    const sqlWith = await sqlReplay(t, withSurge.items, 'with surge');
    const sqlWithout = await sqlReplay(t, without.items, 'without surge');
    const after = (fired: number[]) => (fired.length === 0 ? '—' : `${((fired[0]! - crossed) / 1000).toFixed(0)} s`);
    rows = [
      `| replay | evaluations | alerts | first alert after the threshold was crossed | ms per evaluation p50 / p99 | bare count of the window, ms p50 (ratio) |`,
      `| --- | --- | --- | --- | --- | --- |`,
      `| in memory, week with surge | ${memory.with.evaluations} | ${memory.with.fired.length} | ${after(memory.with.fired)} | ${(memoryMs / (memory.with.evaluations + memory.without.evaluations)).toFixed(3)} (both weeks) | — |`,
      `| in memory, same week without | ${memory.without.evaluations} | ${memory.without.fired.length} | — | — | — |`,
      `| PostgreSQL, 7 h around the surge | ${sqlWith.evaluations} | ${sqlWith.fired.length} | ${after(sqlWith.fired)} | ${sqlWith.p50.toFixed(2)} / ${sqlWith.p99.toFixed(2)} | ${sqlWith.bare.toFixed(2)} (${(sqlWith.p50 / sqlWith.bare).toFixed(2)}×) |`,
      `| PostgreSQL, same hours without | ${sqlWithout.evaluations} | ${sqlWithout.fired.length} | — | ${sqlWithout.p50.toFixed(2)} / ${sqlWithout.p99.toFixed(2)} | ${sqlWithout.bare.toFixed(2)} (${(sqlWithout.p50 / sqlWithout.bare).toFixed(2)}×) |`,
    ];
    const ok = memory.with.fired.length === 1 && memory.without.fired.length === 0 && sqlWith.fired.length === 1 && sqlWithout.fired.length === 0 && sqlWith.fired[0]! - crossed <= MINUTE;
    if (!ok) process.exitCode = 1;
  } finally {
    await t.close();
  }
} finally {
  await database.close();
  await scratch.drop();
}
console.log(`\nAlerts: 10,000 items over a week, negative_surge (30 min, ≥ 15), surge of ${planted.count} in ${planted.minutes} min planted at ${new Date(surgeAt).toISOString()}\n`);
console.log(rows.join('\n'));
const date = new Date().toISOString().slice(0, 10);
await appendFile(path.join(here, 'RESULTS.md'), `\n## ${date} — alerts on a replayed week of 10,000 inbox items, ${os.cpus().length} cores\n\n${rows.join('\n')}\n`);
