import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from './database.js';
import { isUpToDate, migrateToLatest } from './migrate.js';
import { forEachDatabase } from './testing.js';

forEachDatabase('migrations on an existing database', (getDb) => {
  it('a migrated database is up to date, and migrating it again applies nothing', async () => {
    const { db } = getDb();
    assert.equal(await isUpToDate(db), true);
    assert.deepEqual(await migrateToLatest(db), []);
  });

  it('a database that records a migration this build does not know is not up to date, and migrating refuses it', async () => {
    const { db } = getDb();
    await sql`INSERT INTO chorus_migrations (name, timestamp) VALUES ('9999_from_a_newer_build', now()::text)`.execute(db);
    try {
      assert.equal(await isUpToDate(db), false);
      // The quick check must not hide what the Migrator says about such a database.
      await assert.rejects(migrateToLatest(db), /9999_from_a_newer_build/);
    } finally {
      await sql`DELETE FROM chorus_migrations WHERE name = '9999_from_a_newer_build'`.execute(db);
    }
  });

  it('a database missing its last migration is not up to date', async () => {
    const { db } = getDb();
    const last = await sql<{ name: string; timestamp: string }>`SELECT name, timestamp FROM chorus_migrations ORDER BY name DESC LIMIT 1`.execute(db);
    const row = last.rows[0]!;
    await sql`DELETE FROM chorus_migrations WHERE name = ${row.name}`.execute(db);
    try {
      assert.equal(await isUpToDate(db), false);
    } finally {
      await sql`INSERT INTO chorus_migrations (name, timestamp) VALUES (${row.name}, ${row.timestamp})`.execute(db);
    }
  });
});

it('a new embedded database is not up to date until migrated', async () => {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    assert.equal(await isUpToDate(database.db), false);
    assert.ok((await migrateToLatest(database.db)).length > 0);
    assert.equal(await isUpToDate(database.db), true);
  } finally {
    await database.close();
  }
});
