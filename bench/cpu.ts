/**
 * CPU time spent by processes, read from /proc (Linux only; elsewhere the benchmark prints "—"): how much the workers
 * and PostgreSQL's backends spent per publication, to tell a slower publisher from a machine whose cores are all busy.
 */
import { readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import type { Database } from '../src/db/database.js';

/** Linux reports process times in clock ticks of 1/100 s (USER_HZ). */
const MS_PER_TICK = 10;

/** CPU milliseconds (user + system) of each process that can be read. */
async function cpuOf(pids: number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  for (const pid of pids) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
    if (!stat) continue;
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.set(pid, (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK);
  }
  return out;
}

export interface CpuSample {
  workers: Map<number, number>;
  postgres: Map<number, number>;
}

/** The workers' and the database's backends' CPU so far (the bench's own few connections included). */
export async function sampleCpu(database: Database, workerPids: number[]): Promise<CpuSample> {
  const backends = await sql<{ pid: number }>`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`.execute(database.db);
  return { workers: await cpuOf(workerPids), postgres: await cpuOf(backends.rows.map((r) => r.pid)) };
}

/** CPU milliseconds spent between two samples; a backend opened in between counts from zero. Null off Linux. */
export function cpuBetween(before: CpuSample, after: CpuSample): { workers: number; postgres: number } | null {
  if (after.workers.size === 0) return null;
  const spent = (a: Map<number, number>, b: Map<number, number>) => [...b].reduce((sum, [pid, ms]) => sum + ms - (a.get(pid) ?? 0), 0);
  return { workers: spent(before.workers, after.workers), postgres: spent(before.postgres, after.postgres) };
}
