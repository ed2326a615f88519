/**
 * Setting a database up (migrations, event partitions, the job system's schema and queues) happens once, however
 * many Chorus processes start together on one PostgreSQL: the first deploy of a scale-out starts `serve` and several
 * workers at the same moment. pg-boss creates its schema and queues without a lock of its own, and five processes
 * doing it at once ended in `deadlock detected` and duplicate-schema errors. So set-up runs under one session-level
 * advisory lock held on a dedicated connection: the others wait, then find everything in place and go on.
 *
 * PGlite needs none of this: the data-folder lock already keeps it to one process.
 */
import { sql } from 'kysely';
import type { Database } from './database.js';

/** The advisory lock's key: fixed, so every Chorus version and role agrees on it. */
const STARTUP_LOCK = sql`hashtext('chorus.startup')`;

/** SQLSTATEs PostgreSQL uses for "try the transaction again": serialization_failure and deadlock_detected. */
const RETRYABLE = new Set(['40001', '40P01']);

/** Runs `setUp` while holding the start-up lock (PostgreSQL), retrying what PostgreSQL says may be retried. */
export async function underStartupLock<T>(database: Database, setUp: () => Promise<T>): Promise<T> {
  if (database.kind !== 'postgres') return setUp();
  return database.db.connection().execute(async (connection) => {
    await sql`SELECT pg_advisory_lock(${STARTUP_LOCK})`.execute(connection);
    try {
      return await retryRetryable(setUp);
    } finally {
      await sql`SELECT pg_advisory_unlock(${STARTUP_LOCK})`.execute(connection);
    }
  });
}

async function retryRetryable<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= attempts || typeof code !== 'string' || !RETRYABLE.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}
