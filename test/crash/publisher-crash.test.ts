/**
 * The publisher's promise, end to end: 1,000 publications due at once, two `chorus worker` processes on one
 * PostgreSQL, one killed with SIGKILL mid-run. Afterwards every publication is published exactly once, as seen
 * on the network itself (a real local Bluesky PDS), and none is lost.
 *
 * Run: bash test/peers/bluesky/setup.sh && node scripts/test.mjs test/crash
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { after, before, it } from 'node:test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AtpAgent } from '@atproto/api';
import { startBlueskyNetwork, type BlueskyNetwork } from '../peers/bluesky/harness.js';
import { createScratchPostgres } from '../../src/db/testing.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { createTestApp, call, type TestApp } from '../../src/testing/app.js';
import { createBlueskyConnector } from '../../src/networks/bluesky/index.js';
import { NetworkRegistry } from '../../src/networks/registry.js';

const COUNT = Number(process.env.CRASH_TEST_COUNT ?? 1000);
const SECRET = 'crash-test-secret-key-long-enough-0123456789';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let net: BlueskyNetwork;
let scratch: Awaited<ReturnType<typeof createScratchPostgres>>;
let database: Database;
let t: TestApp;
const workers: ChildProcess[] = [];

function startWorker(name: string): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/chorus.ts'), 'worker'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: scratch.url,
      CHORUS_SECRET_KEY: SECRET,
      CHORUS_BLUESKY_SERVICE: net.pdsUrl,
      // A killed worker's jobs go to the other one after this long.
      CHORUS_JOB_EXPIRE_SECONDS: '8',
      CHORUS_WORKER_CONCURRENCY: '16',
      CHORUS_LOG_LEVEL: 'warn',
      CHORUS_DATA_DIR: path.join(root, '.peers', `crash-${name}`),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  workers.push(child);
  return child;
}

before(async () => {
  process.env.CHORUS_ALLOW_PRIVATE_NETWORKS = '1';
  net = await startBlueskyNetwork();
  scratch = await createScratchPostgres('chorus_crash');
  database = await openDatabase({ url: scratch.url, poolSize: 5 });
  await migrateToLatest(database.db);
  const networks = new NetworkRegistry().register(createBlueskyConnector({ service: net.pdsUrl }));
  // Jobs take their expiry from the process that queues them: the same setting as the workers'.
  t = await createTestApp(database, { networks, env: { CHORUS_SECRET_KEY: SECRET, CHORUS_JOB_EXPIRE_SECONDS: '8' } });
});

after(async () => {
  for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
  await t?.close();
  await database?.close();
  await scratch?.drop();
  await net?.stop();
});

async function countByStatus(): Promise<Record<string, number>> {
  const rows = await database.db.selectFrom('publications').select(['status']).execute();
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}

it(`publishes ${COUNT} due publications exactly once although a worker is SIGKILLed`, { timeout: 600_000 }, async () => {
  const account = await net.createAccount('crash');
  const setup = await call(t.app, null, 'POST', '/api/v1/setup', { email: 'crash@example.com', password: 'crash test password', workspaceName: 'Crash' });
  const ws = setup.body.workspace.id as string;
  const token = setup.body.token as string;
  const channel = await call(t.app, token, 'POST', `/api/v1/workspaces/${ws}/channels`, {
    network: 'bluesky',
    identifier: account.identifier,
    appPassword: account.appPassword,
    service: net.pdsUrl,
  });
  assert.equal(channel.status, 201, JSON.stringify(channel.body));
  const creating = Date.now();
  const due = new Date(Date.now() + 20_000).toISOString();
  for (let i = 0; i < COUNT; i++) {
    const res = await call(t.app, token, 'POST', `/api/v1/workspaces/${ws}/posts`, { text: `crash test #${i}`, channelIds: [channel.body.id], scheduledAt: due });
    assert.equal(res.status, 201);
  }

  console.log(`# created ${COUNT} posts in ${((Date.now() - creating) / 1000).toFixed(1)} s`);
  const started = Date.now();
  const first = startWorker('a');
  startWorker('b');
  // Kill one worker once a good share is out, while it has work in flight.
  const deadline = Date.now() + 120_000;
  for (;;) {
    const counts = await countByStatus();
    if ((counts.published ?? 0) >= COUNT * 0.25) break;
    assert.ok(Date.now() < deadline, `too slow to start publishing: ${JSON.stringify(counts)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const inFlight = (await countByStatus()).publishing ?? 0;
  first.kill('SIGKILL');
  console.log(`# killed worker a with ${inFlight} publications marked publishing`);

  const end = Date.now() + 240_000;
  let counts = await countByStatus();
  let lastLog = 0;
  while ((counts.published ?? 0) < COUNT && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 500));
    counts = await countByStatus();
    if (Date.now() - lastLog > 5000) {
      lastLog = Date.now();
      console.log(`# ${((Date.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(counts)}`);
    }
  }
  assert.deepEqual(counts, { published: COUNT }, 'every publication published, none failed or stuck');
  console.log(`# all ${COUNT} published ${((Date.now() - started) / 1000).toFixed(1)} s after the workers started`);

  // On the network: each text exactly once, and as many records as publications.
  const agent = new AtpAgent({ service: net.pdsUrl });
  await agent.login({ identifier: account.identifier, password: account.appPassword });
  const texts: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await agent.com.atproto.repo.listRecords({ repo: account.did, collection: 'app.bsky.feed.post', limit: 100, cursor });
    for (const r of page.data.records) texts.push((r.value as { text: string }).text);
    cursor = page.data.cursor;
  } while (cursor);
  const seen = new Map<string, number>();
  for (const text of texts) seen.set(text, (seen.get(text) ?? 0) + 1);
  const duplicates = [...seen].filter(([, n]) => n > 1);
  assert.deepEqual(duplicates, [], 'no post twice on the network');
  assert.equal(texts.length, COUNT, 'every publication is on the network');
  const externalIds = await database.db.selectFrom('publications').select('external_id').execute();
  assert.equal(new Set(externalIds.map((r) => r.external_id)).size, COUNT);
});
