/**
 * Opens Chorus's one SQL database: embedded PGlite in a data folder when no `DATABASE_URL` is given, PostgreSQL
 * otherwise. Both are reached through the same Kysely instance and the same `executeSql` (for pg-boss), so every
 * repository and every job runs unchanged on either.
 *
 * @example
 *   const database = await openDatabase({ url: process.env.DATABASE_URL, dataDir: './data' });
 *   await migrateToLatest(database.db);
 *   await database.close();
 */
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { Kysely, PostgresDialect, CompiledQuery, type Transaction } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { PGlitePool } from './pglite-pool.js';
import { listenPostgres, type ListenHandlers, type StopListening } from './listener.js';
import type { Schema } from './schema.js';

export type DB = Kysely<Schema>;
export type Tx = Transaction<Schema>;
/**
 * What a repository function runs its queries on: the database itself, or a transaction the caller opened, so one
 * function serves both a lone read and a step of a larger change.
 *
 * @example
 *   async function countUsers(db: Queryable): Promise<number> { ... }
 *   await countUsers(database.db);                                          // on its own
 *   await database.db.transaction().execute((trx) => countUsers(trx));      // inside a transaction
 */
export type Queryable = DB | Tx;
export type DatabaseKind = 'pglite' | 'postgres';

/** What pg-boss needs to run SQL: on the shared pool, or inside a caller's transaction. */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface Database {
  kind: DatabaseKind;
  db: DB;
  /** Runs raw SQL on the pool (pg-boss uses this). */
  sql: SqlExecutor;
  /** PostgreSQL only: the pool itself, for what Kysely cannot do (COPY FROM STDIN of the click writer). */
  pgPool?: pg.Pool;
  /** PGlite only: the instance itself (tests dump a migrated one with `dumpDataDir()` to start the next from). */
  pglite?: PGlite;
  /**
   * Receives every `pg_notify(channel, …)` once its transaction commits, from any process on the same database
   * (PostgreSQL: on a connection of its own, reconnected by itself; PGlite: the one session). Resolves with the
   * function that stops listening; stop before `close()`.
   */
  listen(channel: string, handlers: ListenHandlers): Promise<StopListening>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** A PostgreSQL connection string; when absent, PGlite is used. */
  url?: string | undefined;
  /** PGlite's folder; `memory://` keeps it in memory (tests). */
  dataDir?: string;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
  /** PGlite only: starts from this data folder tarball (`dumpDataDir()`) instead of an empty database (tests). */
  loadDataDir?: Blob;
}

// int8 (counts, sums) as JS numbers on both engines: Chorus's counters stay far below 2^53.
const INT8_OID = 20;
// Calendar dates as 'YYYY-MM-DD' strings on both engines (pg would make a Date at local midnight).
const DATE_OID = 1082;

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url, options.poolSize ?? 10);
  return openPGlite(options.dataDir ?? 'memory://', options.loadDataDir);
}

async function openPostgres(url: string, max: number): Promise<Database> {
  const types = {
    getTypeParser: ((oid: number, format?: string) =>
      oid === INT8_OID
        ? (v: string) => Number(v)
        : oid === DATE_OID
          ? (v: string) => v
          : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({ connectionString: url, max, types });
  // A dropped connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  const listeners = new Set<StopListening>();
  return {
    kind: 'postgres',
    db,
    pgPool: pool,
    sql: { executeSql: (text, values) => pool.query(text, values) },
    listen: async (channel, handlers) => {
      const stop = await listenPostgres(url, channel, handlers);
      listeners.add(stop);
      return async () => {
        listeners.delete(stop);
        await stop();
      };
    },
    // A listener left open would keep the process alive and its connection reconnecting.
    close: async () => {
      await Promise.all([...listeners].map((stop) => stop()));
      await db.destroy();
    },
  };
}

async function openPGlite(dataDir: string, loadDataDir?: Blob): Promise<Database> {
  if (!dataDir.startsWith('memory://')) await mkdir(path.dirname(path.resolve(dataDir)), { recursive: true });
  const parsers = { [INT8_OID]: (v: string) => Number(v), [DATE_OID]: (v: string) => v };
  const pglite = await PGlite.create(dataDir, loadDataDir ? { parsers, loadDataDir } : { parsers });
  const pool = new PGlitePool(pglite);
  // Kysely's PostgresDialect only needs connect()/end() with pg's result shape, which PGlitePool provides.
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool: pool as unknown as pg.Pool }) });
  return {
    kind: 'pglite',
    db,
    pglite,
    sql: { executeSql: (text, values) => pool.query(text, values) },
    // One session in one process: it never drops, so there is nothing to reconnect.
    listen: (channel, handlers) => pool.listen(channel, handlers.onNotify),
    close: () => db.destroy(),
  };
}

/** An `executeSql` that runs inside a Kysely transaction, so a job is queued atomically with the rows it is about. */
export function sqlInTransaction(trx: Tx): SqlExecutor {
  return {
    executeSql: async (text, values) => {
      const result = await trx.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: [...result.rows] };
    },
  };
}
