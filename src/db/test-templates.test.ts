import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { openDatabase, type DB } from './database.js';
import { migrateToLatest } from './migrate.js';
import { hashMigrations } from './test-templates.js';
import { createScratchPostgres, DATABASE_KINDS, openTestDatabase } from './testing.js';

const DB_DIR = path.dirname(fileURLToPath(import.meta.url));

/** Every table's columns, every index, constraint, function, trigger and the recorded migrations. */
async function describeSchema(db: DB): Promise<unknown> {
  const rows = async (query: ReturnType<typeof sql<Record<string, unknown>>>) => (await query.execute(db)).rows;
  return {
    columns: await rows(sql`SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
      WHERE table_schema = 'public' ORDER BY table_name, column_name`),
    indexes: await rows(sql`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`),
    constraints: await rows(sql`SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`),
    functions: await rows(sql`SELECT proname, pg_get_functiondef(oid) AS def FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY 1, 2`),
    triggers: await rows(sql`SELECT tgrelid::regclass::text AS tbl, tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2`),
    migrations: await rows(sql`SELECT name FROM chorus_migrations ORDER BY name`),
  };
}

describe('migrated test databases', () => {
  for (const kind of DATABASE_KINDS) {
    it(`a copy of the template has the schema that running every migration gives [${kind}]`, async () => {
      const scratch = kind === 'postgres' ? await createScratchPostgres() : null;
      const fresh = await openDatabase(scratch ? { url: scratch.url, poolSize: 1 } : { dataDir: 'memory://' });
      const copy = await openTestDatabase(kind);
      try {
        assert.ok((await migrateToLatest(fresh.db)).length > 0);
        const expected = await describeSchema(fresh.db);
        assert.deepEqual(await describeSchema(copy.db), expected);
      } finally {
        await copy.close();
        await fresh.close();
        await scratch?.drop();
      }
    });
  }

  it('a change to any migration, or to the migration runner, makes another template key', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'chorus-migrations-'));
    try {
      await cp(path.join(DB_DIR, 'migrate.ts'), path.join(dir, 'migrate.ts'));
      await cp(path.join(DB_DIR, 'migrations'), path.join(dir, 'migrations'), { recursive: true });
      const original = hashMigrations(dir, '.ts');
      assert.equal(original, hashMigrations(DB_DIR, '.ts'), 'the key depends on contents, not on the folder');
      const [first] = (await readdir(path.join(dir, 'migrations'))).filter((name) => /^\d{4}_.*\.ts$/.test(name) && !name.includes('.test.'));
      await writeFile(path.join(dir, 'migrations', first!), '// edited\n', { flag: 'a' });
      const edited = hashMigrations(dir, '.ts');
      assert.notEqual(edited, original);
      await writeFile(path.join(dir, 'migrations', '0999_new.ts'), 'export {};\n');
      const added = hashMigrations(dir, '.ts');
      assert.notEqual(added, edited);
      await writeFile(path.join(dir, 'migrate.ts'), '// edited\n', { flag: 'a' });
      assert.notEqual(hashMigrations(dir, '.ts'), added);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
