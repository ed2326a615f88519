/**
 * Migrated databases for the tests to start from, so that a test suite copies a database instead of running every
 * migration again (on PGlite, creating an empty database alone costs seconds of CPU).
 *
 * Both copies are keyed by a hash of the migrations' source (and of PGlite's version for PGlite): a change to any
 * migration makes a new key, so a template made by older migrations is never used. Both are made on demand, the
 * first time a test needs one, and are safe when test files run in parallel processes:
 * - PostgreSQL: a database `chorus_tpl_<hash>`, migrated under another name while holding an advisory lock and then
 *   renamed, so that it exists only once complete; each suite's database is `CREATE DATABASE … TEMPLATE` of it.
 * - PGlite: a `dumpDataDir()` tarball in the temporary folder, written to a scratch file and renamed into place;
 *   each suite's database is a PGlite started from it (`loadDataDir`).
 *
 * @example
 *   const { url, drop } = await createMigratedPostgres(admin, adminUrl, 'chorus_test_1234');
 *   const database = await openDatabase({ dataDir: 'memory://', loadDataDir: await migratedPGliteTarball() });
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from './database.js';
import { migrateToLatest } from './migrate.js';

const DB_DIR = path.dirname(fileURLToPath(import.meta.url));
/** Any fixed number: the advisory lock under which templates are built, on the test server. */
const TEMPLATE_LOCK = 727_451_093;
const TEMPLATE_PREFIX = 'chorus_tpl_';

/**
 * A hash of what decides the migrated schema: the migration runner and every migration file in `dbDir` (the folder
 * of migrate.ts and migrations/).
 */
export function hashMigrations(dbDir: string, extension = path.extname(fileURLToPath(import.meta.url))): string {
  const sum = createHash('sha256');
  const migrationsDir = path.join(dbDir, 'migrations');
  const files = readdirSync(migrationsDir)
    .filter((name) => /\.[cm]?[jt]s$/.test(name) && !/\.test\.|\.d\.ts$/.test(name))
    .sort()
    .map((name) => path.join(migrationsDir, name));
  for (const file of [path.join(dbDir, `migrate${extension}`), ...files]) {
    sum.update(path.relative(dbDir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return sum.digest('hex').slice(0, 16);
}

let hash: string | undefined;
/** The hash of this build's migrations, computed once per process. */
export function migrationsHash(): string {
  hash ??= hashMigrations(DB_DIR);
  return hash;
}

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Makes `chorus_tpl_<hash>` unless it exists; returns its name. Takes the admin connection already open. */
async function ensurePostgresTemplate(admin: pg.Client, adminUrl: string): Promise<string> {
  const template = `${TEMPLATE_PREFIX}${migrationsHash()}`;
  const exists = async () => (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template])).rowCount === 1;
  if (await exists()) return template;
  await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
  try {
    if (await exists()) return template;
    // Builds happen only under the lock, which is ours: any other build database is left from a crashed run.
    const leftovers = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'chorus\\_tpl\\_%\\_build\\_%'");
    for (const { datname } of leftovers.rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    const build = `${template}_build_${randomBytes(4).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${build}`);
    const database = await openDatabase({ url: databaseUrl(adminUrl, build), poolSize: 1 });
    try {
      await migrateToLatest(database.db);
    } finally {
      await database.close();
    }
    await admin.query(`ALTER DATABASE ${build} RENAME TO ${template}`);
    return template;
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
  }
}

/**
 * Creates the PostgreSQL database `name` with every migration applied, copied from the template, on the server that
 * `admin` is connected to at `adminUrl`; returns its URL and a function that drops it.
 */
export async function createMigratedPostgres(admin: pg.Client, adminUrl: string, name: string): Promise<{ url: string; drop(): Promise<void> }> {
  const template = await ensurePostgresTemplate(admin, adminUrl);
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  return {
    url: databaseUrl(adminUrl, name),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** Where the migrated PGlite tarball of these migrations and this PGlite lives. */
export function pgliteTarballPath(): string {
  return path.join(tmpdir(), `chorus-pglite-${pgliteVersion()}-${migrationsHash()}.tgz`);
}

async function buildPGliteTarball(file: string): Promise<Blob> {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrateToLatest(database.db);
    const tarball = await database.pglite!.dumpDataDir('gzip');
    // Written aside and renamed: a parallel reader sees the whole file or none.
    const scratch = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await writeFile(scratch, new Uint8Array(await tarball.arrayBuffer()));
    await rename(scratch, file);
    return tarball;
  } finally {
    await database.close();
  }
}

let tarball: Promise<Blob> | undefined;
/** The migrated PGlite data folder as a tarball for `loadDataDir`: read once per process, built when missing. */
export function migratedPGliteTarball(): Promise<Blob> {
  tarball ??= (async () => {
    const file = pgliteTarballPath();
    try {
      return new Blob([await readFile(file)]);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return buildPGliteTarball(file);
    }
  })();
  tarball.catch(() => (tarball = undefined));
  return tarball;
}

/** Forgets a tarball that PGlite could not start from (a damaged file), so the next call builds it again. */
export async function discardPGliteTarball(): Promise<void> {
  tarball = undefined;
  await rm(pgliteTarballPath(), { force: true });
}
