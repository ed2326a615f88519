/**
 * SIGTERM during load: a `chorus redirect` process is stopped while requests keep coming; every click it answered
 * with a redirect must be in the database afterwards (the click queue is drained before the database closes).
 * What a SIGKILL can lose is bounded instead: at most the unwritten queue (CHORUS click buffer, ≤ 100,000 rows,
 * normally under a second of traffic).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { createTestApp, call } from '../../src/testing/app.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { createScratchPostgres } from '../../src/db/testing.js';
import { NetworkRegistry } from '../../src/networks/registry.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SECRET = 'sigterm-test-secret-key-long-enough-0123456789';
const PORT = 18290;
let scratch: Awaited<ReturnType<typeof createScratchPostgres>>;
let database: Database;

before(async () => {
  scratch = await createScratchPostgres('chorus_sigterm');
  database = await openDatabase({ url: scratch.url, poolSize: 3 });
  await migrateToLatest(database.db);
});
after(async () => {
  await database?.close();
  await scratch?.drop();
});

/** One GET over a kept-alive agent; resolves with the status, or null when the server had gone. */
function get(agent: http.Agent, url: string): Promise<number | null> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? null));
    });
    req.on('error', () => resolve(null));
    req.setTimeout(5000, () => req.destroy());
  });
}

it('keeps every answered click when the redirector is stopped with SIGTERM under load', { timeout: 120_000 }, async () => {
  const t = await createTestApp(database, { networks: new NetworkRegistry(), env: { CHORUS_SECRET_KEY: SECRET } });
  const setup = await call(t.app, null, 'POST', '/api/v1/setup', { email: 's@example.com', password: 'sigterm password', workspaceName: 'S' });
  const link = await call(t.app, setup.body.token, 'POST', `/api/v1/workspaces/${setup.body.workspace.id}/links`, { url: 'https://example.com/' });
  await t.close();

  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/chorus.ts'), 'redirect'], {
    env: { ...process.env, DATABASE_URL: scratch.url, CHORUS_SECRET_KEY: SECRET, CHORUS_LINK_PORT: String(PORT), CHORUS_LOG_LEVEL: 'warn', CHORUS_DATA_DIR: path.join(root, '.peers', 'sigterm') },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${PORT}/${link.body.code}`;
  for (let i = 0; ; i++) {
    if ((await get(new http.Agent(), url)) === 302) break;
    assert.ok(i < 100, 'the redirector did not come up');
    await new Promise((r) => setTimeout(r, 100));
  }
  // The readiness probe's own click is written within a second: count from there.
  const count = async () => (await sql<{ n: number }>`SELECT count(*)::int8 AS n FROM clicks`.execute(database.db)).rows[0]!.n;
  for (let i = 0; (await count()) < 1; i++) {
    assert.ok(i < 50, 'the probe click was never written');
    await new Promise((r) => setTimeout(r, 100));
  }
  const before = await count();

  // 20 clients send requests back to back (bounded in count and time); SIGTERM arrives in the middle.
  let answered = 0;
  let stop = false;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });
  const deadline = Date.now() + 20_000;
  const clients = Array.from({ length: 20 }, async () => {
    for (let n = 0; n < 5000 && !stop && Date.now() < deadline; n++) {
      const status = await get(agent, url);
      if (status === 302) answered++;
      else if (status === null) break;
    }
  });
  setTimeout(() => child.kill('SIGTERM'), 1500);
  const code = await exited;
  stop = true;
  await Promise.all(clients);
  agent.destroy();

  const after = await count();
  console.log(`# answered ${answered} redirects before the stop; ${after - before} clicks in the database; exit code ${code}`);
  assert.equal(code, 0, 'graceful exit');
  assert.ok(answered > 500, `load was applied (${answered})`);
  assert.equal(after - before, answered, 'every answered click was written');
});
