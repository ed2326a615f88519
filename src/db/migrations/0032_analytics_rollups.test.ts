import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { Migrator, sql } from 'kysely';
import { openDatabase } from '../database.js';
import { migrateToLatest } from '../migrate.js';
import { createScratchPostgres, DATABASE_KINDS } from '../testing.js';
import { migrations } from './index.js';

for (const kind of DATABASE_KINDS) {
  describe(`migration 0032: analytics rollups backfilled [${kind}]`, () => {
    it('rolls up the points stored before it, as the write path would', async () => {
      const scratch = kind === 'postgres' ? await createScratchPostgres() : null;
      const database = await openDatabase(scratch ? { url: scratch.url } : { dataDir: 'memory://' });
      const db = database.db;
      try {
        const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, migrationTableName: 'chorus_migrations', migrationLockTableName: 'chorus_migrations_lock' });
        const result = await migrator.migrateTo('0029_calendar_feeds');
        if (result.error) throw result.error;
        const [ws, channel, post, publication] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
        await sql`INSERT INTO workspaces (id, name) VALUES (${ws}::uuid, 'w')`.execute(db);
        await sql`INSERT INTO channels (id, workspace_id, network, external_id, handle, credentials_enc) VALUES (${channel}::uuid, ${ws}::uuid, 'x', 'c', 'h', '')`.execute(db);
        await sql`INSERT INTO posts (id, workspace_id, text, status) VALUES (${post}::uuid, ${ws}::uuid, 't', 'published')`.execute(db);
        await sql`
          INSERT INTO publications (id, workspace_id, post_id, channel_id, network, text, status, published_at, idempotency_key)
          VALUES (${publication}::uuid, ${ws}::uuid, ${post}::uuid, ${channel}::uuid, 'x', 't', 'published', '2026-09-30T22:00:00Z', 'k')`.execute(db);
        await sql`
          INSERT INTO publication_metrics (publication_id, fetched_at, likes, reposts, replies, quotes, views, impressions, link_clicks) VALUES
            (${publication}::uuid, '2026-09-30T23:00:00Z', 1, 0, 0, NULL, NULL, 40, 1),
            (${publication}::uuid, '2026-10-01T10:00:00Z', 3, 1, 0, 1, NULL, 90, 2),
            (${publication}::uuid, '2026-10-01T20:00:00Z', 4, 1, 1, 1, NULL, 100, 5)`.execute(db);
        await migrateToLatest(db);
        const daily = await sql`SELECT day::text AS day, impressions, engagements, link_clicks FROM publication_daily ORDER BY day`.execute(db);
        assert.deepEqual(daily.rows, [
          { day: '2026-09-30', impressions: 40, engagements: 1, link_clicks: 1 },
          { day: '2026-10-01', impressions: 60, engagements: 6, link_clicks: 4 },
        ]);
        const channelDays = await sql`SELECT day::text AS day, impressions, published FROM channel_daily ORDER BY day`.execute(db);
        assert.deepEqual(channelDays.rows, [{ day: '2026-09-30', impressions: 40, published: 1 }, { day: '2026-10-01', impressions: 60, published: 0 }]);
        const totals = await sql`SELECT impressions, engagements, link_clicks FROM publication_totals`.execute(db);
        assert.deepEqual(totals.rows, [{ impressions: 100, engagements: 7, link_clicks: 5 }]);
      } finally {
        await database.close();
        await scratch?.drop();
      }
    });
  });
}
