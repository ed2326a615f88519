/**
 * Runs the versioned, forward-only migrations with Kysely's Migrator, which takes a PostgreSQL advisory lock, so
 * several processes starting together on one PostgreSQL migrate once.
 *
 * A start on an existing database first asks one cheap question — are exactly these migrations recorded? — and
 * only runs the Migrator when they are not. The Migrator itself makes sure its tables exist by introspecting every
 * table of the database and takes its lock in a transaction: on the embedded database that was about half a second
 * of CPU at every start, for nothing to do.
 */
import { Migrator, sql, type MigrationResultSet } from 'kysely';
import type { DB } from './database.js';
import { migrations } from './migrations/index.js';

const MIGRATION_TABLE = 'chorus_migrations';
/** PostgreSQL's undefined_table: the database has never been migrated. */
const UNDEFINED_TABLE = '42P01';

/** True when the database records exactly the migrations this build knows, no more and no fewer. */
export async function isUpToDate(db: DB): Promise<boolean> {
  let applied: string[];
  try {
    const result = await sql<{ name: string }>`SELECT name FROM ${sql.table(MIGRATION_TABLE)} ORDER BY name`.execute(db);
    applied = result.rows.map((row) => row.name);
  } catch (error) {
    if ((error as { code?: unknown }).code === UNDEFINED_TABLE) return false;
    throw error;
  }
  const known = Object.keys(migrations).sort();
  return applied.length === known.length && applied.every((name, i) => name === known[i]);
}

export async function migrateToLatest(db: DB): Promise<string[]> {
  if (await isUpToDate(db)) return [];
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: 'chorus_migrations_lock',
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const cause = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
