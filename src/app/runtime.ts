/**
 * Starts a Chorus process in one of its roles, from one build:
 * - `start`  everything in one process (the default; the only role allowed on the embedded database),
 * - `serve`  the API and web app,
 * - `worker` background jobs (the publisher),
 * - `redirect` short links only — the `chorus` command starts that role from redirect-runtime.ts instead, which
 *   loads the redirector alone; here it runs with the whole context (tests, embedding).
 * Several `serve`, `worker` and `redirect` processes may share one PostgreSQL.
 */
import path from 'node:path';
import type { Server } from 'node:http';
import { pino, type Logger } from 'pino';
import type { Config } from '../core/config.js';
import type { AppContext } from '../core/context.js';
import { JobQueue } from '../core/jobs.js';
import { createMetrics } from '../core/metrics.js';
import { buildServer } from './server.js';
import { jobDefinitions, startWorkers } from './workers.js';
import type { Database } from '../db/database.js';
import { openOwnDatabase, type OwnDatabase } from './own-database.js';
import { underStartupLock } from '../db/startup-lock.js';
import { migrateToLatest } from '../db/migrate.js';
import { SecretBox } from '../features/channels/secret-box.js';
import { createLocalMediaStore } from '../features/media/store.js';
import { createNetworkRegistry } from '../networks/index.js';
import { databaseNetworkStores } from '../features/publishing/network-stores.js';
import { createRedirectParts, listenForRedirects } from './redirect-runtime.js';
import { ensureEventPartitions } from '../db/partitions.js';
import type { NetworkRegistry } from '../networks/registry.js';
import { StartupMarks } from './startup-marks.js';

export type Role = 'start' | 'serve' | 'worker' | 'redirect';

export interface Runtime {
  ctx: AppContext;
  /** The address the HTTP server listens on, for `start` and `serve`. */
  url?: string;
  stop(): Promise<void>;
}

export interface ContextOptions {
  /** An already open database (tests), which the caller migrates and closes; otherwise opened from the config. */
  database?: Database;
  /** The database this process is already opening from the config (the `chorus` command); the context migrates and closes it. */
  ownDatabase?: Promise<OwnDatabase>;
  networks?: NetworkRegistry;
  log?: Logger;
  /** Whether this process runs pg-boss maintenance (workers do). */
  supervise?: boolean;
  /** Records how long each start-up step took (logged by `startRole`). */
  marks?: StartupMarks;
}

/** Opens everything a process needs, without starting servers or workers. */
export async function createContext(config: Config, options: ContextOptions = {}): Promise<{ ctx: AppContext; close(): Promise<void> }> {
  const log = options.log ?? pino({ level: config.logLevel });
  const marks = options.marks ?? new StartupMarks();
  const cleanups: Array<() => Promise<void>> = [];
  try {
    let database = options.database;
    if (!database) {
      const own = await (options.ownDatabase ?? openOwnDatabase(config));
      cleanups.unshift(own.close);
      database = own.database;
      marks.mark('database');
    }
    const secrets = await SecretBox.load({ secretKey: config.secretKey, dataDir: config.dataDir, embedded: !config.databaseUrl });
    const jobs = new JobQueue(database.sql, log, {
      pollSeconds: config.pollSeconds,
      expireSeconds: config.jobExpireSeconds,
      supervise: options.supervise ?? true,
    });
    const migrate = !options.database;
    await underStartupLock(database, async () => {
      if (migrate) {
        const applied = await migrateToLatest(database.db);
        if (applied.length) log.info({ applied }, 'database migrated');
        marks.mark('migrations');
      }
      await ensureEventPartitions(database.db);
      marks.mark('partitions');
      await jobs.start(jobDefinitions);
      marks.mark('jobs');
    });
    cleanups.unshift(() => jobs.stop());
    const mediaKey = secrets.deriveKey('media-urls v1');
    // The S3 SDK takes ~250 ms to load: only processes configured for S3 pay for it.
    const media = config.s3
      ? (await import('../features/media/s3-store.js')).createS3MediaStore(config.s3, mediaKey)
      : createLocalMediaStore(path.join(config.dataDir, 'media'), mediaKey);
    const redirect = createRedirectParts(database, config, log);
    // Registered before the database's own cleanup runs, so queued clicks are written while it is open.
    cleanups.unshift(() => redirect.close());
    const ctx: AppContext = {
      config,
      database,
      log,
      secrets,
      networks: options.networks ?? createNetworkRegistry(config, databaseNetworkStores(database.db, secrets)),
      jobs,
      media,
      metrics: createMetrics(),
      links: { redirector: redirect.redirector, clicks: redirect.clicks },
    };
    marks.mark('context');
    return { ctx, close: () => runAll(cleanups) };
  } catch (error) {
    await runAll(cleanups);
    throw error;
  }
}

async function runAll(cleanups: Array<() => Promise<void>>): Promise<void> {
  for (const cleanup of cleanups) await cleanup().catch(() => undefined);
}

export async function startRole(role: Role, config: Config, options: ContextOptions = {}): Promise<Runtime> {
  if (!config.databaseUrl && role !== 'start') {
    throw new Error(
      `"chorus ${role}" needs PostgreSQL (set DATABASE_URL): the embedded database serves one process only. ` +
        'Use "chorus start" to run everything in one process.',
    );
  }
  const marks = options.marks ?? new StartupMarks();
  const { ctx, close } = await createContext(config, { ...options, marks, supervise: role === 'start' || role === 'worker' });
  let app: Awaited<ReturnType<typeof buildServer>> | undefined;
  let links: Server | undefined;
  let stopWorkers: (() => Promise<void>) | undefined;
  const stop = async () => {
    // Order matters: stop taking requests and jobs, let in-flight work finish (clicks are drained in close()),
    // then close the database.
    await app?.close();
    if (links) await new Promise((resolve) => links!.close(resolve));
    await stopWorkers?.();
    await close();
  };
  try {
    if (role === 'start' || role === 'worker') stopWorkers = startWorkers(ctx);
    let url: string | undefined;
    if (role === 'start' || role === 'serve') {
      app = await buildServer(ctx);
      marks.mark('server');
      url = await app.listen({ port: config.port, host: config.host });
      marks.mark('listening');
    }
    if (role === 'start' || role === 'redirect') links = await listenForRedirects(ctx.links.redirector, config, ctx.log);
    marks.mark('ready');
    const startup = marks.toJSON();
    ctx.log.info({ role, url, links: links ? config.linkBaseUrl : undefined, database: ctx.database.kind, startup }, 'Chorus is running');
    return { ctx, url, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
