import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { it } from 'node:test';
import { sql } from 'kysely';
import { forEachDatabase } from './testing.js';
import { ensureEventPartitions, ensureMonthlyPartitions } from './partitions.js';

forEachDatabase('event partitions', (getDb) => {
  it('makes monthly click partitions ahead and moves clicks that arrived before their month had one', async () => {
    const { db } = getDb();
    const insert = (at: string) =>
      sql`INSERT INTO clicks (id, at, link_id, workspace_id, visitor_hash) VALUES (${randomUUID()}, ${at}::timestamptz, ${randomUUID()}, ${randomUUID()}, 'h')`.execute(db);
    await insert('2031-03-10T10:00:00Z');
    await insert('2031-04-02T10:00:00Z');
    const created = await ensureMonthlyPartitions(db, 'clicks', new Date('2031-03-15T00:00:00Z'));
    assert.deepEqual(created, ['clicks_2031_03', 'clicks_2031_04', 'clicks_2031_05']);
    const where = await sql<{ part: string; n: number }>`
      SELECT tableoid::regclass::text AS part, count(*)::int AS n FROM clicks WHERE at >= '2031-01-01' GROUP BY 1 ORDER BY 1`.execute(db);
    assert.deepEqual(where.rows, [
      { part: 'clicks_2031_03', n: 1 },
      { part: 'clicks_2031_04', n: 1 },
    ]);
    assert.deepEqual(await ensureMonthlyPartitions(db, 'clicks', new Date('2031-03-20T00:00:00Z')), [], 'idempotent');
    await insert('2031-05-31T23:59:59Z');
    const may = await sql<{ part: string }>`SELECT tableoid::regclass::text AS part FROM clicks WHERE at = '2031-05-31T23:59:59Z'`.execute(db);
    assert.equal(may.rows[0]!.part, 'clicks_2031_05');
  });

  it('partitions page views and conversions by month too, keeping what arrived early', async () => {
    const { db } = getDb();
    const workspace = randomUUID();
    await sql`INSERT INTO workspaces (id, name) VALUES (${workspace}::uuid, 'w')`.execute(db);
    await sql`INSERT INTO page_views (workspace_id, at, url) VALUES (${workspace}::uuid, '2032-07-04T12:00:00Z', 'https://example.com/a')`.execute(db);
    await sql`INSERT INTO conversions (workspace_id, at, name, value) VALUES (${workspace}::uuid, '2032-07-05T12:00:00Z', 'sale', 12.5)`.execute(db);
    const created = await ensureEventPartitions(db, new Date('2032-07-01T00:00:00Z'));
    for (const table of ['clicks', 'page_views', 'conversions']) {
      for (const month of ['07', '08', '09']) assert.ok(created.includes(`${table}_2032_${month}`), `${table}_2032_${month} made`);
    }
    assert.deepEqual(await ensureEventPartitions(db, new Date('2032-07-01T00:00:00Z')), [], 'all there: nothing to make');
    const views = await sql<{ part: string; url: string }>`SELECT tableoid::regclass::text AS part, url FROM page_views WHERE workspace_id = ${workspace}::uuid`.execute(db);
    assert.deepEqual(views.rows, [{ part: 'page_views_2032_07', url: 'https://example.com/a' }]);
    const sales = await sql<{ part: string; value: string }>`SELECT tableoid::regclass::text AS part, value::text AS value FROM conversions WHERE workspace_id = ${workspace}::uuid`.execute(db);
    assert.deepEqual(sales.rows, [{ part: 'conversions_2032_07', value: '12.5000' }]);
    // A workspace's events still go with it: the foreign keys hold on the partitioned tables.
    await sql`DELETE FROM workspaces WHERE id = ${workspace}::uuid`.execute(db);
    const left = await sql<{ n: number }>`SELECT (SELECT count(*) FROM page_views WHERE workspace_id = ${workspace}::uuid) + (SELECT count(*) FROM conversions WHERE workspace_id = ${workspace}::uuid) AS n`.execute(db);
    assert.equal(Number(left.rows[0]!.n), 0);
  });

  it('makes the missing partitions when only some of them exist', async () => {
    const { db } = getDb();
    const at = new Date('2033-01-10T00:00:00Z');
    await ensureMonthlyPartitions(db, 'clicks', at);
    const created = await ensureEventPartitions(db, at);
    const months = ['01', '02', '03'];
    assert.deepEqual(created.sort(), [...months.map((m) => `conversions_2033_${m}`), ...months.map((m) => `page_views_2033_${m}`)]);
  });
});
