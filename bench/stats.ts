/**
 * Link statistics for a link with 10 million clicks: the endpoint must answer in ≤ 100 ms because it reads only the
 * rollups (hourly counts, daily breakdowns, daily uniques), never the raw clicks. The rollup rows a year of
 * 10,000,000 clicks produces are generated in SQL (8,760 hourly rows; ~100 breakdown values a day), then the API is
 * timed in-process on PostgreSQL. Baseline in the same run: the same query shape counting raw clicks would be
 * the alternative; here we time `GET /healthz` as the floor of an in-process request.
 */
import { appendFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { createTestApp, call } from '../src/testing/app.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createScratchPostgres } from '../src/db/testing.js';
import { NetworkRegistry } from '../src/networks/registry.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const CLICKS = 10_000_000;
const RUNS = 50;

const scratch = await createScratchPostgres('chorus_bench_stats');
const database = await openDatabase({ url: scratch.url, poolSize: 5 });
try {
  await migrateToLatest(database.db);
  const t = await createTestApp(database, { networks: new NetworkRegistry(), env: { CHORUS_SECRET_KEY: 'bench-secret-key-long-enough-0123456789abcdef' } });
  const setup = await call(t.app, null, 'POST', '/api/v1/setup', { email: 'b@example.com', password: 'bench password 123', workspaceName: 'B' });
  const ws = `/api/v1/workspaces/${setup.body.workspace.id}`;
  const link = await call(t.app, setup.body.token, 'POST', `${ws}/links`, { url: 'https://example.com/' });
  const id = link.body.id as string;
  const start = new Date(Date.now() - 365 * 86_400_000);
  const perHour = Math.floor(CLICKS / 8760);
  await sql`
    INSERT INTO link_stats_hourly (link_id, hour, clicks, bots, qr)
    SELECT ${id}::uuid, date_trunc('hour', ${start.toISOString()}::timestamptz) + make_interval(hours => h), ${perHour}, ${Math.floor(perHour / 20)}, ${Math.floor(perHour / 50)}
    FROM generate_series(0, 8759) AS h`.execute(database.db);
  const dims: Array<[string, number]> = [['country', 50], ['device', 4], ['os', 6], ['browser', 8], ['referrer', 30], ['network', 5], ['rule', 3]];
  for (const [dim, values] of dims) {
    await sql`
      INSERT INTO link_stats_daily_dims (link_id, day, dim, value, clicks)
      SELECT ${id}::uuid, (${start.toISOString()}::timestamptz + make_interval(days => d))::date, ${dim}, ${dim} || '-' || v, ${Math.floor(CLICKS / 365 / values)}
      FROM generate_series(0, 364) AS d, generate_series(1, ${values}) AS v`.execute(database.db);
  }
  await sql`
    INSERT INTO link_stats_daily (link_id, day, uniques)
    SELECT ${id}::uuid, (${start.toISOString()}::timestamptz + make_interval(days => d))::date, ${Math.floor(CLICKS / 365 / 3)}
    FROM generate_series(0, 364) AS d`.execute(database.db);
  await sql`ANALYZE`.execute(database.db);

  const time = async (url: string) => {
    const ms: number[] = [];
    for (let i = 0; i < RUNS + 5; i++) {
      const t0 = performance.now();
      const res = await call(t.app, setup.body.token, 'GET', url);
      if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
      if (i >= 5) ms.push(performance.now() - t0);
    }
    ms.sort((a, b) => a - b);
    return { p50: ms[Math.floor(ms.length / 2)]!, p99: ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.99))]! };
  };
  const floor = await time('/healthz');
  const yearDaily = await time(`${ws}/links/${id}/stats?from=${start.toISOString()}&to=${new Date().toISOString()}&interval=day`);
  const monthHourly = await time(`${ws}/links/${id}/stats?interval=hour&from=${new Date(Date.now() - 30 * 86_400_000).toISOString()}`);
  const check = await call(t.app, setup.body.token, 'GET', `${ws}/links/${id}/stats?from=${start.toISOString()}&to=${new Date().toISOString()}`);
  await t.close();
  const lines = [
    '| request | p50 ms | p99 ms | ratio to the in-process floor (p50) |',
    '| --- | --- | --- | --- |',
    `| GET /healthz (floor) | ${floor.p50.toFixed(1)} | ${floor.p99.toFixed(1)} | 1.0× |`,
    `| stats, 365 days by day | ${yearDaily.p50.toFixed(1)} | ${yearDaily.p99.toFixed(1)} | ${(yearDaily.p50 / floor.p50).toFixed(1)}× |`,
    `| stats, 30 days by hour | ${monthHourly.p50.toFixed(1)} | ${monthHourly.p99.toFixed(1)} | ${(monthHourly.p50 / floor.p50).toFixed(1)}× |`,
  ];
  console.log(`\nLink stats with ${(check.body.totals.clicks / 1e6).toFixed(1)} M clicks (from rollups), ${RUNS} runs each\n\n${lines.join('\n')}`);
  console.log(`goal: ≤ 100 ms → ${Math.max(yearDaily.p99, monthHourly.p99) <= 100 ? 'met' : 'NOT met'}`);
  await appendFile(path.join(here, 'RESULTS.md'), `\n## ${new Date().toISOString().slice(0, 10)} — link stats, ${(check.body.totals.clicks / 1e6).toFixed(1)} M clicks, PostgreSQL, ${os.cpus().length} cores\n\n${lines.join('\n')}\n`);
} finally {
  await database.close();
  await scratch.drop();
}
