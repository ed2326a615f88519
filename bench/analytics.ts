/**
 * `npm run bench -- analytics` — the workspace analytics view over a year of history for 50 channels and 100,000
 * publications must answer in ≤ 200 ms on PostgreSQL, because it reads the daily rollups, never the raw points.
 *
 * Seeded in SQL with generate_series: one workspace, 50 channels (Bluesky and Mastodon), 100,000 publications spread
 * over 2025, each with 6 metric points (1 hour, 1, 2, 3, 7 and 30 days after publishing: 600,000 points; the real
 * cadence stores up to ~190 per publication, which only makes the raw baseline slower). The rollups are built by the
 * real write path (rollupsRepository.addStoredPoints, 2,000 publications a transaction), and that time is reported.
 * Then `GET …/analytics?from=2025-01-01&to=2025-12-31&compare=previous` and the year's top posts are timed in-process;
 * the baseline in the same run is the same per-day and per-channel answer computed from publication_metrics.
 */
import { appendFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { call, createTestApp } from '../src/testing/app.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createScratchPostgres } from '../src/db/testing.js';
import { NetworkRegistry } from '../src/networks/registry.js';
import { rollupsRepository } from '../src/features/analytics/rollups-repository.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const CHANNELS = 50;
const PUBLICATIONS = 100_000;
const RUNS = 30;
const BASELINE_RUNS = 3;
const CHUNK = 2000;
const FROM = '2025-01-01';
const TO = '2025-12-31';

const scratch = await createScratchPostgres('chorus_bench_analytics');
const database = await openDatabase({ url: scratch.url, poolSize: 5 });
const db = database.db;

function stats(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

try {
  await migrateToLatest(db);
  const t = await createTestApp(database, { networks: new NetworkRegistry(), env: { CHORUS_SECRET_KEY: 'bench-secret-key-long-enough-0123456789abcdef' } });
  const setup = await call(t.app, null, 'POST', '/api/v1/setup', { email: 'b@example.com', password: 'bench password 123', workspaceName: 'B' });
  const workspaceId = setup.body.workspace.id as string;
  const ws = `/api/v1/workspaces/${workspaceId}`;

  let t0 = performance.now();
  await sql`
    INSERT INTO channels (id, workspace_id, network, external_id, handle, display_name, credentials_enc)
    SELECT md5('channel' || c)::uuid, ${workspaceId}, CASE WHEN c % 2 = 0 THEN 'bluesky' ELSE 'mastodon' END, 'c' || c, 'channel' || c, 'Channel ' || c, ''
    FROM generate_series(1, ${CHANNELS}) c`.execute(db);
  await sql`
    INSERT INTO posts (id, workspace_id, text, status)
    SELECT md5('post' || i)::uuid, ${workspaceId}, 'Post number ' || i, 'published' FROM generate_series(1, ${PUBLICATIONS}) i`.execute(db);
  await sql`
    INSERT INTO publications (id, workspace_id, post_id, channel_id, network, text, status, published_at, external_id, idempotency_key)
    SELECT md5('publication' || i)::uuid, ${workspaceId}, md5('post' || i)::uuid, md5('channel' || (i % ${CHANNELS} + 1))::uuid,
           CASE WHEN (i % ${CHANNELS} + 1) % 2 = 0 THEN 'bluesky' ELSE 'mastodon' END, 'Post number ' || i, 'published',
           ${FROM}::timestamptz + (i::float8 / ${PUBLICATIONS}) * interval '365 days', 'e' || i, 'k' || i
    FROM generate_series(1, ${PUBLICATIONS}) i`.execute(db);
  // Counts grow with each point; impressions on every other channel only (the Mastodon ones report views).
  await sql`
    INSERT INTO publication_metrics (publication_id, fetched_at, likes, reposts, replies, quotes, views, impressions, saves, link_clicks)
    SELECT p.id, p.published_at + k.after, (i % 40) * k.n, (i % 7) * k.n, (i % 5) * k.n, k.n,
           CASE WHEN p.network = 'mastodon' THEN (i % 900 + 100) * k.n END, CASE WHEN p.network = 'bluesky' THEN (i % 900 + 100) * k.n END,
           NULL, (i % 11) * k.n
    FROM generate_series(1, ${PUBLICATIONS}) i
    JOIN publications p ON p.id = md5('publication' || i)::uuid
    CROSS JOIN (VALUES (1, interval '1 hour'), (2, interval '1 day'), (3, interval '2 days'), (4, interval '3 days'), (5, interval '7 days'), (6, interval '30 days')) AS k(n, after)`.execute(db);
  const seedSeconds = (performance.now() - t0) / 1000;

  t0 = performance.now();
  const firsts = await db.selectFrom('publications').select(['id', 'published_at']).where('workspace_id', '=', workspaceId).orderBy('id').execute();
  for (let start = 0; start < firsts.length; start += CHUNK) {
    const points = firsts.slice(start, start + CHUNK).map((p) => ({ publication_id: p.id, fetched_at: p.published_at! }));
    await db.transaction().execute((trx) => rollupsRepository.addStoredPoints(trx, points));
  }
  const rollupSeconds = (performance.now() - t0) / 1000;
  await sql`ANALYZE`.execute(db);

  const time = async (url: string, runs = RUNS) => {
    const ms: number[] = [];
    let body: unknown;
    for (let i = 0; i < runs + 3; i++) {
      const s = performance.now();
      const res = await call(t.app, setup.body.token, 'GET', url);
      if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
      if (i >= 3) ms.push(performance.now() - s);
      body = res.body;
    }
    return { ...stats(ms), body };
  };
  const view = await time(`${ws}/analytics?from=${FROM}&to=${TO}&compare=previous`);
  const top = await time(`${ws}/analytics/top-posts?from=${FROM}&to=${TO}&sort=engagementRate&limit=20`);
  const quarter = await time(`${ws}/analytics?from=2025-10-01&to=2025-12-31&compare=previous`);

  // Baseline: the same per-day and per-channel increases from the raw points, at read time.
  const raw = async () =>
    sql<{ impressions: string | number }>`
      WITH inc AS (
        SELECT p.channel_id, p.network, (m.fetched_at AT TIME ZONE 'UTC')::date AS day,
               coalesce(m.impressions, m.views, 0) - coalesce(lag(coalesce(m.impressions, m.views, 0)) OVER w, 0) AS impressions,
               (m.likes + m.reposts + m.replies + coalesce(m.quotes, 0) + coalesce(m.saves, 0))
                 - coalesce(lag(m.likes + m.reposts + m.replies + coalesce(m.quotes, 0) + coalesce(m.saves, 0)) OVER w, 0) AS engagements,
               coalesce(m.link_clicks, 0) - coalesce(lag(coalesce(m.link_clicks, 0)) OVER w, 0) AS link_clicks
        FROM publication_metrics m JOIN publications p ON p.id = m.publication_id
        WHERE p.workspace_id = ${workspaceId}
        WINDOW w AS (PARTITION BY m.publication_id ORDER BY m.fetched_at)
      )
      SELECT day, channel_id, network, sum(impressions) AS impressions, sum(engagements) AS engagements, sum(link_clicks) AS link_clicks
      FROM inc WHERE day BETWEEN ${FROM}::date AND ${TO}::date
      GROUP BY GROUPING SETS ((day), (channel_id, network))`.execute(db);
  const baselineMs: number[] = [];
  let rawRows: Array<{ impressions: string | number }> = [];
  for (let i = 0; i < BASELINE_RUNS; i++) {
    const s = performance.now();
    rawRows = (await raw()).rows;
    baselineMs.push(performance.now() - s);
  }
  const baseline = stats(baselineMs);
  await t.close();

  const viewBody = view.body as { totals: { impressions: number } };
  const rawImpressions = rawRows.filter((r) => 'day' in r && (r as { day: unknown }).day !== null).reduce((sum, r) => sum + Number(r.impressions), 0);
  const lines = [
    '| read | p50 ms | p95 ms | ratio to the raw baseline (p50) |',
    '| --- | --- | --- | --- |',
    `| baseline: the year from publication_metrics (${BASELINE_RUNS} runs) | ${baseline.p50.toFixed(1)} | ${baseline.p95.toFixed(1)} | 1.0× |`,
    `| GET analytics, the year, compare=previous | ${view.p50.toFixed(1)} | ${view.p95.toFixed(1)} | ${(baseline.p50 / view.p50).toFixed(1)}× faster |`,
    `| GET analytics, a quarter, compare=previous | ${quarter.p50.toFixed(1)} | ${quarter.p95.toFixed(1)} | ${(baseline.p50 / quarter.p50).toFixed(1)}× faster |`,
    `| GET analytics/top-posts, the year, by engagement rate | ${top.p50.toFixed(1)} | ${top.p95.toFixed(1)} | ${(baseline.p50 / top.p50).toFixed(1)}× faster |`,
  ];
  const same = viewBody.totals.impressions === rawImpressions;
  const summary =
    `Seeded ${PUBLICATIONS.toLocaleString('en')} publications with ${(PUBLICATIONS * 6).toLocaleString('en')} points in ${seedSeconds.toFixed(1)} s; ` +
    `rollups built through the write path in ${rollupSeconds.toFixed(1)} s (${Math.round(PUBLICATIONS / rollupSeconds)} publications/s). ` +
    `Year's impressions: ${viewBody.totals.impressions} from the rollups, ${rawImpressions} from the raw points (${same ? 'same' : 'DIFFERENT'}).`;
  const goal = `Goal ≤ 200 ms (p95 of the year's view): ${view.p95 <= 200 ? 'met' : 'NOT met'}.`;
  console.log(`\n${summary}\n\n${lines.join('\n')}\n\n${goal}`);
  await appendFile(
    path.join(here, 'RESULTS.md'),
    `\n## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — analytics, ${CHANNELS} channels, ${PUBLICATIONS.toLocaleString('en')} publications over a year, PostgreSQL, ${os.cpus().length} cores\n\n` +
      `${summary}\n\n${lines.join('\n')}\n\n${goal}\n`,
  );
} finally {
  await database.close();
  await scratch.drop();
}
