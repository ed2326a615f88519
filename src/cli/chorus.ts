/**
 * The `chorus` command.
 *   chorus start     everything in one process (default; the only role on the embedded database)
 *   chorus serve     API and web app (PostgreSQL)
 *   chorus worker    background jobs: the publisher (PostgreSQL)
 *   chorus redirect  the short-link redirector on CHORUS_LINK_PORT (PostgreSQL)
 *   chorus migrate   apply database migrations and exit
 *   chorus doctor    check the settings, database, storage, ffprobe and networks; exit 1 when something is wrong
 *   chorus import    schedule posts from a CSV file through a running server's API (import.ts)
 */
import { loadConfig } from '../core/config.js';
import type { Logger } from 'pino';
import { openOwnDatabase } from '../app/own-database.js';
import type { Role } from '../app/runtime.js';
import { StartupMarks } from '../app/startup-marks.js';
import { migrateToLatest } from '../db/migrate.js';

const USAGE = `Usage: chorus <start|serve|worker|redirect|migrate|doctor|import>

  start    run the API, web app and workers in one process (default)
  serve    run the API and web app (needs DATABASE_URL)
  worker   run background jobs (needs DATABASE_URL)
  redirect serve short links on CHORUS_LINK_PORT (needs DATABASE_URL)
  migrate  apply database migrations and exit
  doctor   check the settings, database, data folder or bucket, ffprobe and networks, and say what to fix
  import   schedule posts from a CSV file (Hootsuite, Sprout Social, Agorapulse, Chorus): chorus import --help

Settings come from the environment: PORT, HOST, DATABASE_URL, CHORUS_DATA_DIR, CHORUS_SECRET_KEY (see README).`;

async function migrate(): Promise<void> {
  const own = await openOwnDatabase(loadConfig());
  try {
    const applied = await migrateToLatest(own.database.db);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
  } finally {
    await own.close();
  }
}

async function run(role: Role): Promise<void> {
  // Loaded per role: `chorus redirect` runs the redirector alone and loads nothing of the API, jobs or networks
  // (app/redirect-runtime.ts says why).
  const runtime =
    role === 'redirect'
      ? await (await import('../app/redirect-runtime.js')).startRedirector(loadConfig())
      : await startFull(role);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    runtime.log.info({ signal }, 'shutting down: finishing work in flight');
    const force = setTimeout(() => {
      runtime.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 30_000);
    force.unref();
    await runtime.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

async function startFull(role: Role): Promise<{ log: Logger; stop(): Promise<void> }> {
  const config = loadConfig();
  // The database opens while the app's modules load (own-database.ts says why). Not for `serve` or `worker` without
  // PostgreSQL: startRole refuses those, and they must not take the data folder first.
  const ownDatabase = role === 'start' || config.databaseUrl ? openOwnDatabase(config) : undefined;
  // Marked as handled now so a failure to open is not an unhandled rejection while the modules load; the context
  // awaits the same promise and reports it.
  ownDatabase?.catch(() => undefined);
  const { startRole } = await import('../app/runtime.js');
  const marks = new StartupMarks();
  marks.mark('modules');
  const runtime = await startRole(role, config, { marks, ownDatabase });
  return { log: runtime.ctx.log, stop: runtime.stop };
}

async function main(argv: string[]): Promise<void> {
  const command = argv[0] ?? 'start';
  if (command === 'migrate') return migrate();
  // Loaded on demand like the roles: the other commands need none of the checks' dependencies (the S3 client).
  if (command === 'doctor') process.exit(await (await import('./doctor.js')).doctor());
  if (command === 'import') process.exit(await (await import('./import.js')).importCommand(argv.slice(1)));
  if (command === 'start' || command === 'serve' || command === 'worker' || command === 'redirect') return run(command);
  console.error(command === 'help' || command === '--help' ? USAGE : `Unknown command "${command}".\n\n${USAGE}`);
  process.exit(command === 'help' || command === '--help' ? 0 : 2);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`chorus: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
