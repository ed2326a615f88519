import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { it } from 'node:test';
import { sql } from 'kysely';
import { forEachDatabase } from '../../db/testing.js';
import { ensureClickPartitions } from './click-partitions.js';

forEachDatabase('click partitions', (getDb) => {
  it('makes monthly partitions ahead and moves clicks that arrived before their month had one', async () => {
    const { db } = getDb();
    const insert = (at: string) =>
      sql`INSERT INTO clicks (id, at, link_id, workspace_id, visitor_hash) VALUES (${randomUUID()}, ${at}::timestamptz, ${randomUUID()}, ${randomUUID()}, 'h')`.execute(db);
    await insert('2031-03-10T10:00:00Z');
    await insert('2031-04-02T10:00:00Z');
    const created = await ensureClickPartitions(db, new Date('2031-03-15T00:00:00Z'));
    assert.deepEqual(created, ['clicks_2031_03', 'clicks_2031_04', 'clicks_2031_05']);
    const where = await sql<{ part: string; n: number }>`
      SELECT tableoid::regclass::text AS part, count(*)::int AS n FROM clicks WHERE at >= '2031-01-01' GROUP BY 1 ORDER BY 1`.execute(db);
    assert.deepEqual(where.rows, [
      { part: 'clicks_2031_03', n: 1 },
      { part: 'clicks_2031_04', n: 1 },
    ]);
    assert.deepEqual(await ensureClickPartitions(db, new Date('2031-03-20T00:00:00Z')), [], 'idempotent');
    await insert('2031-05-31T23:59:59Z');
    const may = await sql<{ part: string }>`SELECT tableoid::regclass::text AS part FROM clicks WHERE at = '2031-05-31T23:59:59Z'`.execute(db);
    assert.equal(may.rows[0]!.part, 'clicks_2031_05');
  });
});
