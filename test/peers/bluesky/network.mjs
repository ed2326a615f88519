// The real local Bluesky network for Chorus's peer tests: PLC + PDS + AppView (+ the services the AppView needs),
// from @atproto/dev-env. Run by harness.ts with Node 22 and `--import ./listen-loopback.mjs`:
//
//   node22 --import ./listen-loopback.mjs network.mjs
//
// Prints one JSON line when ready: { pdsUrl, appViewUrl, plcUrl, controlUrl, startupMs, rssBytes }, then serves until
// stdin closes or SIGTERM/SIGINT. `POST <controlUrl>/process-all` makes the AppView index every pending write and
// answers 204 when done.
//
// Needs PostgreSQL (DB_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres) and Redis (REDIS_HOST,
// default 127.0.0.1:6379). Each run uses fresh schemas (dropped on exit) and its own TMPDIR (set by the harness;
// dev-env writes its SQLite files, blobs and port locks there).
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const started = performance.now();
const here = dirname(fileURLToPath(import.meta.url));
const installDir = process.env.CHORUS_BLUESKY_PEER_DIR ?? resolve(here, '../../../.peers/bluesky');
const requireFromInstall = createRequire(join(installDir, 'package.json'));

const dbUrl = process.env.DB_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
process.env.REDIS_HOST ??= '127.0.0.1:6379';
// dev-env prefixes this (appview_, bsync_, ozone_); PostgreSQL names of letters and '_' only.
const schema = `chorus_${[...randomBytes(10)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`;

function log(message) {
  process.stderr.write(`[bluesky-network] ${message}\n`);
}

async function loadDevEnv() {
  // dev-env lives in .peers/bluesky, not beside this script: resolve it from there.
  const entry = requireFromInstall.resolve('@atproto/dev-env');
  return import(pathToFileURL(entry).href);
}

// The harness gives each run its own TMPDIR (chorus-bluesky-*) and removes it; removing it here as well covers a
// harness that died, since a closed stdin still stops this process.
function removeRunTmp() {
  const dir = tmpdir();
  if (/chorus-bluesky-[^/]+$/.test(dir)) rmSync(dir, { recursive: true, force: true });
}

async function dropSchemas() {
  try {
    const pg = requireFromInstall('pg');
    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    try {
      for (const prefix of ['appview_', 'bsync_', 'ozone_']) {
        await client.query(`DROP SCHEMA IF EXISTS "${prefix}${schema}" CASCADE`);
      }
    } finally {
      await client.end();
    }
  } catch (err) {
    log(`could not drop schemas of ${schema}: ${err.message}`);
  }
}

function startControl(network) {
  let queue = Promise.resolve();
  const server = http.createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/process-all') {
      // One processAll at a time: dev-env's subscriptions are not reentrant.
      queue = queue
        .then(() => network.processAll())
        .then(
          () => {
            res.writeHead(204).end();
          },
          (err) => {
            res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err?.stack ?? err));
          },
        );
      return;
    }
    res.writeHead(404).end();
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

async function main() {
  const { TestNetwork } = await loadDevEnv();
  const network = await TestNetwork.create({ dbPostgresUrl: dbUrl, dbPostgresSchema: schema });
  const control = await startControl(network);
  const { port } = control.address();

  let stopping = false;
  const stop = async (why) => {
    if (stopping) return;
    stopping = true;
    log(`stopping (${why})`);
    control.close();
    try {
      await network.close();
    } catch (err) {
      log(`close: ${err.message}`);
    }
    await dropSchemas();
    removeRunTmp();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  process.stdin.on('end', () => void stop('stdin closed'));
  process.stdin.on('error', () => void stop('stdin error'));
  process.stdin.resume();

  process.stdout.write(
    `${JSON.stringify({
      pdsUrl: network.pds.url,
      appViewUrl: network.bsky.url,
      plcUrl: network.plc.url,
      controlUrl: `http://127.0.0.1:${port}`,
      schema,
      startupMs: Math.round(performance.now() - started),
      rssBytes: process.memoryUsage().rss,
    })}\n`,
  );
}

main().catch(async (err) => {
  log(`failed to start: ${err?.stack ?? err}`);
  await dropSchemas();
  removeRunTmp();
  process.exit(1);
});
