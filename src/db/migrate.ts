/**
 * Runs the versioned, forward-only migrations with Kysely's Migrator, which takes a PostgreSQL advisory lock, so
 * several processes starting together on one PostgreSQL migrate once.
 */
import { Migrator, type MigrationResultSet } from 'kysely';
import type { DB } from './database.js';
import { migrations } from './migrations/index.js';

export async function migrateToLatest(db: DB): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'chorus_migrations',
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
