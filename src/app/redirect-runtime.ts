/**
 * The short-link redirector's parts, and `chorus redirect`: the redirector alone in a process.
 *
 * `chorus redirect` loads only what a redirect needs — the database, the link cache, the visitor description, the
 * click queue and its writer — not the API server, the job queue, the network connectors or the metrics registry
 * that `createContext` builds for the other roles. Redirectors are the processes run many of, for traffic: with less
 * loaded and nothing else running (pg-boss timers, default metrics' GC observer), the same build answered ~5–10% more
 * redirects per CPU-second (bench/RESULTS.md, 2026-11-25), and starts faster with less memory.
 * `chorus start` serves short links from its all-in-one process with the same parts.
 */
import http from 'node:http';
import path from 'node:path';
import { pino, type Logger } from 'pino';
import type { Config } from '../core/config.js';
import { openDatabase, type Database } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { ensureEventPartitions } from '../db/partitions.js';
import { createClickQueue } from '../features/links/click-writer.js';
import type { ClickRing } from '../features/links/redirect/click-ring.js';
import { createDescribe, matchRule } from '../features/links/redirect/audience-adapter.js';
import { createRedirectServer } from '../features/links/redirect/http-server.js';
import { Redirector } from '../features/links/redirect/redirector.js';

export interface RedirectParts {
  redirector: Redirector;
  clicks: ClickRing;
  /** Writes every queued click, then stops the redirector's timers; the database stays open. */
  close(): Promise<void>;
}

/** The redirector and its click queue on an open database. */
export function createRedirectParts(database: Database, config: Config, log: Logger): RedirectParts {
  const clicks = createClickQueue(database, log);
  const redirector = new Redirector({ db: database.db, clicks, describe: createDescribe({ regionHeader: config.regionHeader }), matchRule });
  return {
    redirector,
    clicks,
    close: async () => {
      await clicks.drain();
      await redirector.armStats.stop();
    },
  };
}

/** The redirect server listening on CHORUS_LINK_PORT. */
export async function listenForRedirects(redirector: Redirector, config: Config, log: Logger): Promise<http.Server> {
  const server = createRedirectServer(redirector, {
    trustProxy: ['1', 'true'].includes(process.env.CHORUS_TRUST_PROXY ?? ''),
    onError: (error) => log.error({ err: error }, 'redirect failed'),
  });
  // Short links stay fast under load: keep connections open for clients that reuse them.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.linkPort, config.host, () => resolve());
  });
  return server;
}

export interface RedirectRuntime {
  log: Logger;
  parts: RedirectParts;
  stop(): Promise<void>;
}

/** `chorus redirect`: migrates (so a fresh database works), then serves short links until stopped. */
export async function startRedirector(config: Config, options: { database?: Database; log?: Logger } = {}): Promise<RedirectRuntime> {
  if (!config.databaseUrl && !options.database) {
    throw new Error(
      '"chorus redirect" needs PostgreSQL (set DATABASE_URL): the embedded database serves one process only. ' +
        'Use "chorus start" to run everything in one process.',
    );
  }
  const log = options.log ?? pino({ level: config.logLevel });
  const database = options.database ?? (await openDatabase({ url: config.databaseUrl, dataDir: path.join(config.dataDir, 'pg') }));
  let parts: RedirectParts | undefined;
  let server: http.Server | undefined;
  // Order matters: stop taking requests, write the queued clicks, then close the database.
  const stop = async () => {
    if (server) await new Promise((resolve) => server!.close(resolve));
    await parts?.close();
    if (!options.database) await database.close();
  };
  try {
    const applied = await migrateToLatest(database.db);
    if (applied.length) log.info({ applied }, 'database migrated');
    await ensureEventPartitions(database.db);
    parts = createRedirectParts(database, config, log);
    server = await listenForRedirects(parts.redirector, config, log);
    log.info({ role: 'redirect', links: config.linkBaseUrl, database: database.kind }, 'Chorus is running');
    return { log, parts, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
