import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { Migrator, sql } from 'kysely';
import { openDatabase } from '../database.js';
import { migrateToLatest } from '../migrate.js';
import { createScratchPostgres, DATABASE_KINDS } from '../testing.js';
import { migrations } from './index.js';

/** Migrates an empty database up to (and including) `name`, with the same table names as migrateToLatest. */
async function migrateTo(db: Parameters<typeof migrateToLatest>[0], name: string): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, migrationTableName: 'chorus_migrations', migrationLockTableName: 'chorus_migrations_lock' });
  const result = await migrator.migrateTo(name);
  if (result.error) throw result.error;
}

for (const kind of DATABASE_KINDS) {
  describe(`migration 0015: page views and conversions partitioned [${kind}]`, () => {
    it('keeps the rows stored before it, now in their tables\' default partition', async () => {
      const scratch = kind === 'postgres' ? await createScratchPostgres() : null;
      const database = await openDatabase(scratch ? { url: scratch.url } : { dataDir: 'memory://' });
      try {
        await migrateTo(database.db, '0014_media_renditions');
        const workspace = randomUUID();
        await sql`INSERT INTO workspaces (id, name) VALUES (${workspace}::uuid, 'w')`.execute(database.db);
        await sql`INSERT INTO page_views (workspace_id, at, url, ref) VALUES (${workspace}::uuid, '2026-10-01T08:00:00Z', 'https://example.com/', 'r1')`.execute(database.db);
        await sql`INSERT INTO conversions (workspace_id, at, name, value, currency) VALUES (${workspace}::uuid, '2026-10-02T08:00:00Z', 'sale', 9.99, 'EUR')`.execute(database.db);
        // Later migrations follow it; this one must be the first to run from 0014.
        assert.equal((await migrateToLatest(database.db))[0], '0015_partition_collect_events');
        const views = await sql<{ part: string; ref: string }>`SELECT tableoid::regclass::text AS part, ref FROM page_views`.execute(database.db);
        assert.deepEqual(views.rows, [{ part: 'page_views_default', ref: 'r1' }]);
        const sales = await sql<{ part: string; currency: string }>`SELECT tableoid::regclass::text AS part, currency FROM conversions`.execute(database.db);
        assert.deepEqual(sales.rows, [{ part: 'conversions_default', currency: 'EUR' }]);
      } finally {
        await database.close();
        await scratch?.drop();
      }
    });
  });
}
