/**
 * `npm run bench -- start` — issue 11's "`npm start` on existing data is ready in ≤ 3 s". The built `chorus start`
 * (dist/, as `npm start` runs it) is spawned on a warm data folder: once on the embedded PGlite database and once on
 * PostgreSQL, in turn, so both see the same machine. Each run is timed from the spawn to the first 200 from /healthz,
 * and the process's own start-up marks (the `startup` field of "Chorus is running": wall and CPU ms since the process
 * started, per step) show where the time went. The ratio PGlite / PostgreSQL is taken run by run: on a loaded machine
 * only ratios and CPU times compare across runs.
 *
 *   BENCH_START_RUNS=7   runs per database (default 5)
 *   BENCH_START_ENTRY=…  time another build's dist/src/cli/chorus.js (before/after a change)
 *   BENCH_RESULTS=0      print without recording in RESULTS.md (trial runs)
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScratchPostgres } from '../src/db/testing.js';
import type { StartupMark } from '../src/app/startup-marks.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
/** Another build's `dist/src/cli/chorus.js` (an older commit's, to compare) may be given in BENCH_START_ENTRY. */
const entry = path.resolve(process.env.BENCH_START_ENTRY ?? path.join(root, 'dist', 'src', 'cli', 'chorus.js'));
const RUNS = Number(process.env.BENCH_START_RUNS ?? 5);
const PORT = 18_580;
const GOAL_SECONDS = 3;

interface StartRun {
  /** Spawn to first 200 from /healthz, as the person starting Chorus sees it. */
  readyMs: number;
  marks: Record<string, StartupMark>;
}

async function healthy(): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${PORT}/healthz`)).status === 200;
  } catch {
    return false;
  }
}

/** One `chorus start`: spawned, polled every 10 ms until /healthz answers 200, then stopped with SIGTERM. */
async function startOnce(env: Record<string, string>): Promise<StartRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [entry, 'start'], {
    env: { ...process.env, ...env, PORT: String(PORT), CHORUS_LINK_PORT: String(PORT + 1), CHORUS_LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  let readyMs: number | undefined;
  while (readyMs === undefined) {
    if (child.exitCode !== null) throw new Error(`chorus start exited with ${child.exitCode}:\n${output}`);
    if (await healthy()) readyMs = performance.now() - started;
    else await new Promise((resolve) => setTimeout(resolve, 10));
  }
  child.kill('SIGTERM');
  await exited;
  const running = output.split('\n').find((line) => line.includes('"Chorus is running"'));
  const marks = running ? ((JSON.parse(running) as { startup?: Record<string, StartupMark> }).startup ?? {}) : {};
  return { readyMs, marks };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Median of each step's wall and CPU ms over the runs, in the order the steps happen. */
function stepMedians(runs: StartRun[]): Array<{ step: string; ms: number; cpuMs: number }> {
  const steps = Object.keys(runs[0]?.marks ?? {});
  return steps.map((step) => ({
    step,
    ms: median(runs.map((r) => r.marks[step]?.ms ?? NaN)),
    cpuMs: median(runs.map((r) => r.marks[step]?.cpuMs ?? NaN)),
  }));
}

async function main(): Promise<void> {
  if (!existsSync(entry)) throw new Error(`${path.relative(root, entry)} is missing: run \`npm run build\` first.`);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'chorus-bench-start-'));
  const scratch = await createScratchPostgres('chorus_bench_start');
  const secret = { CHORUS_SECRET_KEY: 'bench-start-secret-key-long-enough-1234567890' };
  const engines = {
    pglite: { ...secret, CHORUS_DATA_DIR: path.join(dataDir, 'embedded') },
    postgres: { ...secret, CHORUS_DATA_DIR: path.join(dataDir, 'postgres'), DATABASE_URL: scratch.url },
  };
  const runs: Record<keyof typeof engines, StartRun[]> = { pglite: [], postgres: [] };
  try {
    // The first start of each creates and migrates its database: not what is measured (warm data), so not counted.
    for (const env of Object.values(engines)) await startOnce(env);
    for (let i = 0; i < RUNS; i++) {
      for (const [engine, env] of Object.entries(engines) as Array<[keyof typeof engines, Record<string, string>]>) {
        const run = await startOnce(env);
        runs[engine].push(run);
        console.log(`${engine} run ${i + 1}: ready in ${(run.readyMs / 1000).toFixed(2)} s (${run.marks.ready?.cpuMs ?? '?'} ms CPU in Chorus)`);
      }
    }
  } finally {
    await scratch.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
  await report(runs);
}

async function report(runs: Record<'pglite' | 'postgres', StartRun[]>): Promise<void> {
  const ratios = runs.pglite.map((run, i) => run.readyMs / runs.postgres[i]!.readyMs);
  const row = (name: string, list: StartRun[]) => {
    const ready = list.map((r) => r.readyMs / 1000);
    const cpu = list.map((r) => (r.marks.ready?.cpuMs ?? NaN) / 1000);
    return `| ${name} | ${median(ready).toFixed(2)} | ${Math.min(...ready).toFixed(2)}–${Math.max(...ready).toFixed(2)} | ${median(cpu).toFixed(2)} |`;
  };
  const load = os.loadavg()[0]!.toFixed(1);
  const lines = [
    `| database | ready s (median) | ready s (min–max) | CPU s in Chorus at ready (median) |`,
    `| --- | --- | --- | --- |`,
    row('PGlite (embedded, warm data folder)', runs.pglite),
    row('PostgreSQL (migrated database)', runs.postgres),
    '',
    `PGlite / PostgreSQL, run by run: median **${median(ratios).toFixed(2)}×** (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}). Goal: ≤ ${GOAL_SECONDS} s.`,
    '',
    `| step (ms since the process started, median) | PGlite wall | PGlite CPU | PostgreSQL wall | PostgreSQL CPU |`,
    `| --- | --- | --- | --- | --- |`,
    ...stepMedians(runs.pglite).map(({ step, ms, cpuMs }) => {
      const pg = stepMedians(runs.postgres).find((s) => s.step === step);
      return `| ${step} | ${ms} | ${cpuMs} | ${pg?.ms ?? '—'} | ${pg?.cpuMs ?? '—'} |`;
    }),
  ];
  console.log(lines.join('\n'));
  if (process.env.BENCH_RESULTS === '0') return;
  const title = `${new Date().toISOString().slice(0, 10)} — start to /healthz (built \`chorus start\`, warm data), ${RUNS} runs each, ${os.cpus().length} cores, load ${load}`;
  await appendFile(path.join(here, 'RESULTS.md'), `\n## ${title}\n\n${lines.join('\n')}\n`);
}

await main();
