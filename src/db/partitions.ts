/**
 * Raw events — clicks, page views and conversions — are partitioned by month on PostgreSQL (and PGlite, which is
 * PostgreSQL too): an old month can be dropped or archived whole, and queries over recent events touch recent
 * partitions only. Partitions are made ahead of time (this month and the next two) at start-up and every few hours.
 * An event that arrives before its month's partition lands in the table's default partition; when the month's
 * partition is then made, those rows are moved into it in the same transaction, so nothing is refused or lost.
 */
import { sql } from 'kysely';
import type { DB } from './database.js';

const AHEAD_MONTHS = 2;

/** The tables partitioned by month on their `at` column, each with a `<table>_default` partition. */
export const EVENT_TABLES = ['clicks', 'page_views', 'conversions'] as const;
export type EventTable = (typeof EVENT_TABLES)[number];

function monthStart(year: number, month: number): Date {
  return new Date(Date.UTC(year, month, 1));
}

export function partitionName(table: EventTable, start: Date): string {
  return `${table}_${start.getUTCFullYear()}_${String(start.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Makes the monthly partitions of one table from this month to AHEAD_MONTHS ahead; returns the names it created. */
export async function ensureMonthlyPartitions(db: DB, table: EventTable, now = new Date()): Promise<string[]> {
  const created: string[] = [];
  for (let i = 0; i <= AHEAD_MONTHS; i++) {
    const from = monthStart(now.getUTCFullYear(), now.getUTCMonth() + i);
    const to = monthStart(from.getUTCFullYear(), from.getUTCMonth() + 1);
    const name = partitionName(table, from);
    const made = await db.transaction().execute(async (trx) => {
      // One process at a time: several start together on one PostgreSQL.
      await sql`SELECT pg_advisory_xact_lock(hashtext(${`chorus.partitions.${table}`}))`.execute(trx);
      const exists = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_class WHERE relname = ${name}`.execute(trx);
      if (exists.rows[0]!.n > 0) return false;
      const parent = sql.table(table);
      const fallback = sql.table(`${table}_default`);
      const part = sql.table(name);
      const range = sql`${from.toISOString()}::timestamptz`;
      const until = sql`${to.toISOString()}::timestamptz`;
      await sql`CREATE TABLE ${part} (LIKE ${parent} INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`.execute(trx);
      await sql`INSERT INTO ${part} SELECT * FROM ${fallback} WHERE at >= ${range} AND at < ${until}`.execute(trx);
      await sql`DELETE FROM ${fallback} WHERE at >= ${range} AND at < ${until}`.execute(trx);
      await sql`ALTER TABLE ${parent} ATTACH PARTITION ${part} FOR VALUES FROM (${sql.lit(from.toISOString())}) TO (${sql.lit(to.toISOString())})`.execute(trx);
      return true;
    });
    if (made) created.push(name);
  }
  return created;
}

/** The names of every partition `ensureEventPartitions` makes at `now`. */
function wantedPartitions(now: Date): string[] {
  return EVENT_TABLES.flatMap((table) =>
    Array.from({ length: AHEAD_MONTHS + 1 }, (_, i) => partitionName(table, monthStart(now.getUTCFullYear(), now.getUTCMonth() + i))),
  );
}

/**
 * Every raw-event table's partitions; returns the names created. Usually they all exist already (every start and
 * every few hours make them ahead): one query says so, instead of a locked transaction per partition.
 */
export async function ensureEventPartitions(db: DB, now = new Date()): Promise<string[]> {
  const wanted = wantedPartitions(now);
  const existing = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_class WHERE relname = ANY(${wanted}::text[])`.execute(db);
  if (existing.rows[0]!.n === wanted.length) return [];
  const created: string[] = [];
  for (const table of EVENT_TABLES) created.push(...(await ensureMonthlyPartitions(db, table, now)));
  return created;
}
