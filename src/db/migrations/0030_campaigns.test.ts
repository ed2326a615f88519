import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { Migrator, sql } from 'kysely';
import { openDatabase } from '../database.js';
import { migrateToLatest } from '../migrate.js';
import { createScratchPostgres, DATABASE_KINDS } from '../testing.js';
import { migrations } from './index.js';

async function migrateTo(db: Parameters<typeof migrateToLatest>[0], name: string): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, migrationTableName: 'chorus_migrations', migrationLockTableName: 'chorus_migrations_lock' });
  const result = await migrator.migrateTo(name);
  if (result.error) throw result.error;
}

for (const kind of DATABASE_KINDS) {
  describe(`migration 0030: free-text campaigns become campaigns [${kind}]`, () => {
    it('makes one campaign per distinct name and workspace, and gives posts and links its id', async () => {
      const scratch = kind === 'postgres' ? await createScratchPostgres() : null;
      const database = await openDatabase(scratch ? { url: scratch.url } : { dataDir: 'memory://' });
      const db = database.db;
      try {
        await migrateTo(db, '0029_calendar_feeds');
        const [w1, w2] = [randomUUID(), randomUUID()];
        for (const w of [w1, w2]) await sql`INSERT INTO workspaces (id, name) VALUES (${w}::uuid, 'w')`.execute(db);
        const post = async (w: string, campaign: string | null, at: string) => {
          const id = randomUUID();
          await sql`INSERT INTO posts (id, workspace_id, text, status, campaign, created_at) VALUES (${id}::uuid, ${w}::uuid, 'hi', 'draft', ${campaign}, ${at}::timestamptz)`.execute(db);
          return id;
        };
        const link = async (w: string, utm: object, postId: string | null, at: string) => {
          const id = randomUUID();
          await sql`INSERT INTO links (id, workspace_id, code, url, utm, post_id, created_at)
            VALUES (${id}::uuid, ${w}::uuid, ${id.slice(0, 8)}, 'https://example.com/', ${JSON.stringify(utm)}::jsonb, ${postId}::uuid, ${at}::timestamptz)`.execute(db);
          return id;
        };
        const spring1 = await post(w1, 'Spring 2027', '2027-03-02T00:00:00Z');
        const spring2 = await post(w1, ' spring 2027 ', '2027-03-20T00:00:00Z');
        const none = await post(w1, '  ', '2027-03-05T00:00:00Z');
        const other = await post(w2, 'Spring 2027', '2027-01-01T00:00:00Z');
        const postLink = await link(w1, { source: 'bluesky', campaign: 'Spring 2027' }, spring1, '2027-03-02T00:00:00Z');
        const defaultLink = await link(w1, { campaign: 'always-on' }, none, '2027-03-05T00:00:00Z');
        const handLink = await link(w1, { medium: 'email', campaign: 'Newsletter' }, null, '2027-04-01T00:00:00Z');
        const lateHand = await link(w1, { campaign: 'SPRING 2027' }, null, '2027-06-01T00:00:00Z');

        await migrateToLatest(db);
        const campaigns = await db.selectFrom('campaigns').selectAll().orderBy('workspace_id').orderBy('name').execute();
        const byWs = (w: string) => campaigns.filter((c) => c.workspace_id === w);
        const named = byWs(w1).map((c) => [c.name, c.goal, c.utm_campaign]);
        // One per name ignoring case, named as first written; "always-on" on a post's link stays a UTM default.
        assert.deepEqual(named, [['Newsletter', 'awareness', 'Newsletter'], ['Spring 2027', 'awareness', 'Spring 2027']]);
        const spring = byWs(w1).find((c) => c.name === 'Spring 2027')!;
        assert.deepEqual([spring.starts_at.toISOString(), spring.ends_at.toISOString()], ['2027-03-02T00:00:00.000Z', '2027-06-01T00:00:00.000Z']);
        assert.equal(byWs(w2).length, 1, 'each workspace its own');

        const postsAfter = new Map((await db.selectFrom('posts').select(['id', 'campaign_id']).execute()).map((p) => [p.id, p.campaign_id]));
        assert.equal(postsAfter.get(spring1), spring.id);
        assert.equal(postsAfter.get(spring2), spring.id);
        assert.equal(postsAfter.get(none), null);
        assert.equal(postsAfter.get(other), byWs(w2)[0]!.id);
        const linksAfter = new Map((await db.selectFrom('links').select(['id', 'campaign_id', 'utm']).execute()).map((l) => [l.id, l]));
        assert.equal(linksAfter.get(postLink)!.campaign_id, spring.id);
        assert.equal(linksAfter.get(defaultLink)!.campaign_id, null);
        assert.equal(linksAfter.get(handLink)!.campaign_id, byWs(w1).find((c) => c.name === 'Newsletter')!.id);
        assert.equal(linksAfter.get(lateHand)!.campaign_id, spring.id);
        assert.deepEqual(linksAfter.get(handLink)!.utm, { medium: 'email', campaign: 'Newsletter' }, 'URLs already shared keep their utm_campaign');
        const columns = await sql<{ n: number }>`SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'posts' AND column_name = 'campaign'`.execute(db);
        assert.equal(columns.rows[0]!.n, 0, 'the free-text column is gone');
      } finally {
        await database.close();
        await scratch?.drop();
      }
    });
  });
}
