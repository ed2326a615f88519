/**
 * `npm run bench` — the publisher: N publications (default 10,000) due at the same moment, published to a fake
 * network with 50 ms latency by 1 and then 2 `chorus worker` processes on PostgreSQL. Prints p50/p99 lag after the
 * due time, publications/s, and duplicates (must be 0), with the ratio against a baseline measured in the same run:
 * the same number of calls made straight to the fake network with the same concurrency (no database, no queue).
 * The last column is the CPU the workers and PostgreSQL spent per 100 publications (Linux): when it stays flat from
 * one worker to two while publications/s stops growing, the machine's cores are the limit, not the publisher.
 * Appends the results, dated, to bench/RESULTS.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { createTestApp, call } from '../src/testing/app.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createScratchPostgres } from '../src/db/testing.js';
import { NetworkRegistry } from '../src/networks/registry.js';
import { fakeConnector, startFakeNetwork, type FakeNetworkServer } from './fake-network.js';
import { cpuBetween, sampleCpu } from './cpu.js';

const N = Number(process.env.BENCH_PUBLICATIONS ?? 10_000);
const LATENCY_MS = 50;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const CHANNELS = 50; // the API allows 50 channels per post
const SECRET = 'bench-secret-key-long-enough-0123456789abcdef';
// BENCH_RUNS=two (or one,two,single): only those runs, to try a change quickly; RESULTS.md gets whole runs only.
const only = new Set((process.env.BENCH_RUNS ?? 'one,two,single').split(',').map((r) => r.trim()));
const here = path.dirname(fileURLToPath(import.meta.url));
// BENCH_PROFILE=<folder>: each worker writes a V8 CPU profile there (open it in Chrome's DevTools) to see where a
// worker's time goes.
const profileArgs = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];

interface Result {
  label: string;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** Lag of the first publication out: how soon the first of N due at once reached the network and came back. */
  first: number;
  duplicates: number;
  /** CPU milliseconds per 100 publications, from due to the last one out (Linux). */
  cpu?: { workers: number; postgres: number } | null;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

async function baseline(net: FakeNetworkServer, concurrency: number): Promise<Result> {
  const connector = fakeConnector(net.url);
  const ctx = { channelId: 'b', credentials: {}, externalId: 'b', serviceUrl: null, onCredentialsChanged: async () => {} };
  let next = 0;
  const lags: number[] = [];
  const start = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < N) {
        const i = next++;
        await connector.publish(ctx, { text: 'x', media: [] }, `baseline-${concurrency}-${i}`);
        lags.push(Date.now() - start);
      }
    }),
  );
  const seconds = (Date.now() - start) / 1000;
  lags.sort((a, b) => a - b);
  return { label: `baseline, ${concurrency} in flight`, seconds, perSecond: N / seconds, p50: quantile(lags, 0.5), p99: quantile(lags, 0.99), first: lags[0] ?? NaN, duplicates: 0 };
}

/**
 * `spread`: one publication every 250 ms instead of all at once, to measure how soon after its due time a single
 * publication reaches the network when the queue is otherwise idle (the "within 1 s of T").
 */
async function chorusRun(net: FakeNetworkServer, workers: number, spread = 0): Promise<Result> {
  const scratch = await createScratchPostgres('chorus_bench');
  const database = await openDatabase({ url: scratch.url, poolSize: 5 });
  const procs: ChildProcess[] = [];
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'chorus-bench-'));
  try {
    await migrateToLatest(database.db);
    const t = await createTestApp(database, {
      networks: new NetworkRegistry().register(fakeConnector(net.url)),
      env: { CHORUS_SECRET_KEY: SECRET, CHORUS_JOB_EXPIRE_SECONDS: '60' },
    });
    const setup = await call(t.app, null, 'POST', '/api/v1/setup', { email: 'bench@example.com', password: 'bench password 123', workspaceName: 'Bench' });
    const ws = `/api/v1/workspaces/${setup.body.workspace.id}`;
    const token = setup.body.token as string;
    const channelIds: string[] = [];
    for (let i = 0; i < CHANNELS; i++) {
      const c = await call(t.app, token, 'POST', `${ws}/channels`, { network: 'bluesky', identifier: `bench${i}.test`, appPassword: 'x' });
      channelIds.push(c.body.id);
    }
    // Time to create the posts before they fall due; a loaded machine needs more (BENCH_SETUP_MS_PER_POST).
    const perPost = Number(process.env.BENCH_SETUP_MS_PER_POST ?? 3);
    const due = new Date(Date.now() + 5_000 + (spread ? spread * 20 : N * perPost));
    const total = spread || N;
    if (spread) {
      for (let i = 0; i < spread; i++) {
        const at = new Date(due.getTime() + i * 250).toISOString();
        const res = await call(t.app, token, 'POST', `${ws}/posts`, { text: `spread ${i}`, channelIds: [channelIds[i % CHANNELS]!], scheduledAt: at });
        if (res.status !== 201) throw new Error(`post ${i}: ${JSON.stringify(res.body)}`);
      }
    } else {
      for (let i = 0; i < N / CHANNELS; i++) {
        const res = await call(t.app, token, 'POST', `${ws}/posts`, { text: `bench post ${i}`, channelIds, scheduledAt: due.toISOString() });
        if (res.status !== 201) throw new Error(`post ${i}: ${JSON.stringify(res.body)}`);
      }
    }
    await t.close();
    if (Date.now() > due.getTime() - 2000) throw new Error('setup took longer than planned; raise the margin');
    net.reset();
    for (let w = 0; w < workers; w++) {
      procs.push(
        spawn(process.execPath, [...profileArgs, '--import', 'tsx', path.join(here, 'worker.ts')], {
          env: {
            ...process.env,
            DATABASE_URL: scratch.url,
            CHORUS_SECRET_KEY: SECRET,
            CHORUS_DATA_DIR: path.join(dataDir, `w${w}`),
            CHORUS_WORKER_CONCURRENCY: String(CONCURRENCY),
            CHORUS_LOG_LEVEL: 'warn',
            BENCH_NETWORK_URL: net.url,
          },
          stdio: ['ignore', 'inherit', 'inherit'],
        }),
      );
    }
    const workerPids = procs.map((p) => p.pid!);
    await new Promise((r) => setTimeout(r, Math.max(0, due.getTime() - Date.now() - 100)));
    const cpuAtDue = await sampleCpu(database, workerPids);
    const deadline = due.getTime() + 600_000;
    for (;;) {
      const row = await sql<{ n: number }>`SELECT count(*)::int AS n FROM publications WHERE status = 'published'`.execute(database.db);
      if (row.rows[0]!.n >= total) break;
      if (Date.now() > deadline) throw new Error(`only ${row.rows[0]!.n} of ${total} published after 10 minutes`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const cpu = cpuBetween(cpuAtDue, await sampleCpu(database, workerPids));
    const rows = await database.db.selectFrom('publications').select(['published_at', 'scheduled_at']).execute();
    const lags = rows.map((r) => r.published_at!.getTime() - r.scheduled_at!.getTime()).sort((a, b) => a - b);
    const seconds = (Math.max(...rows.map((r) => r.published_at!.getTime())) - due.getTime()) / 1000;
    const duplicates = [...net.calls.values()].reduce((sum, n) => sum + (n - 1), 0);
    const label = spread
      ? `chorus, 1 due every 250 ms (${spread}), ${workers} worker`
      : `chorus, ${workers} worker${workers > 1 ? 's' : ''} × ${CONCURRENCY}`;
    return { label, seconds, perSecond: total / seconds, p50: quantile(lags, 0.5), p99: quantile(lags, 0.99), first: lags[0] ?? NaN, duplicates, cpu };
  } finally {
    for (const p of procs) p.kill('SIGTERM');
    await Promise.all(procs.map((p) => new Promise((r) => (p.exitCode !== null ? r(null) : p.once('exit', r)))));
    await database.close();
    await scratch.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const cpuCell = (r: Result) => {
  // The trickle run is mostly waiting: its CPU per publication would only measure idle polling.
  if (!r.cpu || r.label.includes('due every')) return '—';
  const per100 = (ms: number) => ((ms / (r.perSecond * r.seconds)) * 100).toFixed(0);
  return `${per100(r.cpu.workers)} / ${per100(r.cpu.postgres)}`;
};

const net = await startFakeNetwork(LATENCY_MS);
try {
  const results: Result[] = [];
  const base1 = await baseline(net, CONCURRENCY);
  results.push(base1);
  const one = only.has('one') ? await chorusRun(net, 1) : undefined;
  const base2 = await baseline(net, CONCURRENCY * 2);
  const two = only.has('two') ? await chorusRun(net, 2) : undefined;
  const single = only.has('single') ? await chorusRun(net, 1, 40) : undefined;
  results.push(...[one, base2, two, single].filter((r): r is Result => r !== undefined));
  const lines = [
    `| run | seconds | publications/s | ratio to baseline (same run) | p50 lag ms | p99 lag ms | first out ms | duplicates | CPU ms per 100: workers / PostgreSQL |`,
    `| --- | --- | --- | --- | --- | --- | --- | --- | --- |`,
    ...results.map((r) => {
      const base = r.label.includes('2 workers') ? base2 : r.label.includes('1 worker ×') ? base1 : r;
      const ratio = r.label.includes('due every') ? '—' : `${(r.perSecond / base.perSecond).toFixed(2)}×`;
      return `| ${r.label} | ${r.seconds.toFixed(1)} | ${r.perSecond.toFixed(0)} | ${ratio} | ${r.p50.toFixed(0)} | ${r.p99.toFixed(0)} | ${r.first.toFixed(0)} | ${r.duplicates} | ${cpuCell(r)} |`;
    }),
  ];
  console.log(`\nPublisher: ${N} publications due at once, fake network ${LATENCY_MS} ms, PostgreSQL\n`);
  console.log(lines.join('\n'));
  const date = new Date().toISOString().slice(0, 10);
  if (only.size === 3) await appendFile(
    path.join(here, 'RESULTS.md'),
    `\n## ${date} — publisher, ${N} publications, ${LATENCY_MS} ms network, ${os.cpus().length} cores\n\n${lines.join('\n')}\n`,
  );
  if ([one, two, single].some((r) => r && r.duplicates > 0)) process.exitCode = 1;
} finally {
  await net.close();
}
