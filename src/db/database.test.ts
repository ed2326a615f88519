import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { it } from 'node:test';
import { sql } from 'kysely';
import { forEachDatabase } from './testing.js';
import { DataFolderLockedError, lockDataFolder } from './lock.js';

forEachDatabase('database layer', (getDb, kind) => {
  it('runs concurrent transactions without mixing their statements', async () => {
    const { db } = getDb();
    await sql`CREATE TABLE IF NOT EXISTS t_counter (id int PRIMARY KEY, n int NOT NULL)`.execute(db);
    await sql`INSERT INTO t_counter VALUES (1, 0) ON CONFLICT (id) DO UPDATE SET n = 0`.execute(db);
    // 20 read-modify-write transactions at once: with row locks (PostgreSQL) or one session served in turns
    // (PGlite), none may lose an update, and a rolled-back one must leave no trace.
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db
          .transaction()
          .execute(async (trx) => {
            const row = await sql<{ n: number }>`SELECT n FROM t_counter WHERE id = 1 FOR UPDATE`.execute(trx);
            await new Promise((r) => setTimeout(r, 1));
            await sql`UPDATE t_counter SET n = ${row.rows[0]!.n + 1} WHERE id = 1`.execute(trx);
            if (i % 5 === 0) throw new Error('roll back');
          })
          .catch((e: Error) => assert.equal(e.message, 'roll back')),
      ),
    );
    const final = await sql<{ n: number }>`SELECT n FROM t_counter WHERE id = 1`.execute(db);
    assert.equal(final.rows[0]!.n, 16);
  });

  it(`returns the same types on ${kind}: int8 as number, timestamptz as Date, jsonb as objects`, async () => {
    const { db } = getDb();
    const row = await sql<{ big: number; at: Date; doc: { a: number[] } }>`
      SELECT 12::int8 AS big, now() AS at, '{"a":[1,2]}'::jsonb AS doc`.execute(db);
    assert.equal(row.rows[0]!.big, 12);
    assert.ok(row.rows[0]!.at instanceof Date);
    assert.deepEqual(row.rows[0]!.doc, { a: [1, 2] });
  });
});

it('locks the embedded data folder so a second process gets a clear error', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'chorus-lock-'));
  try {
    const release = await lockDataFolder(dir);
    await assert.rejects(lockDataFolder(dir), (e: unknown) => e instanceof DataFolderLockedError && /in use by another Chorus process/.test(e.message));
    await release();
    const again = await lockDataFolder(dir);
    await again();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
