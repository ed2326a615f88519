/**
 * Raw clicks are partitioned by month on PostgreSQL (and PGlite, which is PostgreSQL too): an old month can be
 * dropped or archived whole, and queries over recent clicks touch recent partitions only. Partitions are made ahead
 * of time (this month and the next two) at start-up and daily. A click that arrives before its month's partition
 * lands in the default partition; when the month's partition is then made, those rows are moved into it in the same
 * transaction, so nothing is refused and nothing is lost.
 */
import { sql } from 'kysely';
import type { DB } from '../../db/database.js';

const AHEAD_MONTHS = 2;

function monthStart(year: number, month: number): Date {
  return new Date(Date.UTC(year, month, 1));
}

export function partitionName(start: Date): string {
  return `clicks_${start.getUTCFullYear()}_${String(start.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Makes the monthly partitions from this month to AHEAD_MONTHS ahead; returns the names it created. */
export async function ensureClickPartitions(db: DB, now = new Date()): Promise<string[]> {
  const created: string[] = [];
  for (let i = 0; i <= AHEAD_MONTHS; i++) {
    const from = monthStart(now.getUTCFullYear(), now.getUTCMonth() + i);
    const to = monthStart(from.getUTCFullYear(), from.getUTCMonth() + 1);
    const name = partitionName(from);
    const made = await db.transaction().execute(async (trx) => {
      // One process at a time: several start together on one PostgreSQL.
      await sql`SELECT pg_advisory_xact_lock(hashtext('chorus.click-partitions'))`.execute(trx);
      const exists = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_class WHERE relname = ${name}`.execute(trx);
      if (exists.rows[0]!.n > 0) return false;
      const table = sql.table(name);
      const range = sql`${from.toISOString()}::timestamptz`;
      const until = sql`${to.toISOString()}::timestamptz`;
      await sql`CREATE TABLE ${table} (LIKE clicks INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`.execute(trx);
      await sql`INSERT INTO ${table} SELECT * FROM clicks_default WHERE at >= ${range} AND at < ${until}`.execute(trx);
      await sql`DELETE FROM clicks_default WHERE at >= ${range} AND at < ${until}`.execute(trx);
      await sql`ALTER TABLE clicks ATTACH PARTITION ${table} FOR VALUES FROM (${sql.lit(from.toISOString())}) TO (${sql.lit(to.toISOString())})`.execute(trx);
      return true;
    });
    if (made) created.push(name);
  }
  return created;
}
