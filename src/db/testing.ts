/**
 * Test helpers: every data-layer test runs once on PGlite (in memory) and once on PostgreSQL (a fresh database
 * per suite, dropped afterwards). PostgreSQL is found at TEST_DATABASE_URL, default the local server with trust auth.
 * Both start as copies of a database migrated once per set of migrations (see test-templates.ts).
 *
 * @example
 *   forEachDatabase('posts repository', (getDb) => {
 *     it('stores a post', async () => { const { db } = getDb(); ... });
 *   });
 */
import { randomBytes } from 'node:crypto';
import { after, before, describe } from 'node:test';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseKind, type DB } from './database.js';
import { migrateToLatest } from './migrate.js';
import { createMigratedPostgres, discardPGliteTarball, migratedPGliteTarball } from './test-templates.js';

export const TEST_POSTGRES_ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function connectAdmin(): Promise<pg.Client> {
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is needed for the tests at ${TEST_POSTGRES_ADMIN_URL} (set TEST_DATABASE_URL): ${(error as Error).message}`,
    );
  }
  return admin;
}

/** Creates an empty PostgreSQL database; returns its URL and a function that drops it. */
export async function createScratchPostgres(prefix = 'chorus_test'): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = await connectAdmin();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface TestDatabase extends Database {
  /** For PostgreSQL, the scratch database's URL (to start other processes on it). */
  url?: string;
}

async function openMigratedPGlite(): Promise<Database> {
  let database: Database;
  try {
    database = await openDatabase({ dataDir: 'memory://', loadDataDir: await migratedPGliteTarball() });
  } catch {
    // A damaged tarball (a disk filled while it was written): made again once, then any error is a real one.
    await discardPGliteTarball();
    database = await openDatabase({ dataDir: 'memory://', loadDataDir: await migratedPGliteTarball() });
  }
  return database;
}

/** A database with every migration applied, copied from the migrated template (isUpToDate checks it is current). */
export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const database = await openMigratedPGlite();
    await migrateToLatest(database.db);
    return database;
  }
  const admin = await connectAdmin();
  const name = `chorus_test_${randomBytes(6).toString('hex')}`;
  const scratch = await createMigratedPostgres(admin, TEST_POSTGRES_ADMIN_URL, name).finally(() => admin.end());
  const database = await openDatabase({ url: scratch.url, poolSize: 5 });
  await migrateToLatest(database.db);
  return {
    ...database,
    url: scratch.url,
    close: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}

export const DATABASE_KINDS: DatabaseKind[] = ['pglite', 'postgres'];

/** Declares the same suite once per database kind, with a migrated database open for the suite's duration. */
export function forEachDatabase(name: string, suite: (get: () => TestDatabase, kind: DatabaseKind) => void): void {
  for (const kind of DATABASE_KINDS) {
    describe(`${name} [${kind}]`, () => {
      let database: TestDatabase | undefined;
      before(async () => {
        database = await openTestDatabase(kind);
      });
      after(async () => {
        await database?.close();
      });
      suite(() => {
        if (!database) throw new Error('test database not open yet');
        return database;
      }, kind);
    });
  }
}

/**
 * A workspace "Acme" with one channel row whose credentials are not real: for tests of code that needs the rows to
 * exist (foreign keys) but never reads the channel's secrets.
 */
export async function insertChannelRow(db: DB, network: string, externalId: string, handle = 'acme'): Promise<{ workspaceId: string; channelId: string }> {
  const ws = await db.insertInto('workspaces').values({ name: 'Acme' }).returning('id').executeTakeFirstOrThrow();
  const channel = await db
    .insertInto('channels')
    .values({ workspace_id: ws.id, network, external_id: externalId, handle, credentials_enc: 'x', limits: '{}' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { workspaceId: ws.id, channelId: channel.id };
}
