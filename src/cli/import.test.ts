import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, it, mock } from 'node:test';
import { forEachDatabase } from '../db/testing.js';
import { useTenantApp } from '../testing/scenario.js';
import { importCommand, progressBar } from './import.js';

forEachDatabase('chorus import', (getDb) => {
  const { t, a } = useTenantApp(getDb);
  let server: string;
  let dir: string;
  before(async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    server = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    dir = await mkdtemp(path.join(os.tmpdir(), 'chorus-import-'));
  });
  after(async () => {
    delete process.env.CHORUS_TOKEN;
    await rm(dir, { recursive: true, force: true });
  });

  /** Runs the command with its output captured. */
  async function run(args: string[]): Promise<{ code: number; out: string }> {
    const lines: string[] = [];
    const log = mock.method(console, 'log', (...parts: unknown[]) => void lines.push(parts.join(' ')));
    const error = mock.method(console, 'error', (...parts: unknown[]) => void lines.push(parts.join(' ')));
    try {
      return { code: await importCommand(args), out: lines.join('\n') };
    } finally {
      log.mock.restore();
      error.mock.restore();
    }
  }

  it('checks first, prints each refused row with its line and column, imports the rest, and exits 1', async () => {
    process.env.CHORUS_TOKEN = a.token;
    const day = new Date(Date.now() + 4 * 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('/');
    const file = path.join(dir, 'sprout.csv');
    await writeFile(file, `date,time_24hr,message_text\r\n${day},09:00,From the terminal\r\n${day},09:05,Too close\r\n`);
    const common = [file, '--workspace', a.workspaceId, '--channels', a.channelId, '--server', server, '--time-zone', 'UTC', '--date-order', 'DMY'];
    const dry = await run([...common, '--dry-run']);
    assert.equal(dry.code, 1);
    assert.match(dry.out, /line 3, column date: .*10 minutes apart/);
    assert.match(dry.out, /sprout: 1 of 2 rows ready, 1 refused/);
    const real = await run(common);
    assert.equal(real.code, 1);
    assert.match(real.out, /Imported 1 post\(s\)/);
  });

  it('refuses a wrong command line with its usage (exit 2)', async () => {
    assert.equal((await run(['--bogus'])).code, 2);
    const missing = await run(['file.csv']);
    assert.equal(missing.code, 2);
    assert.match(missing.out, /--workspace <id> --channels/);
  });

  it('draws a progress bar', () => {
    assert.equal(progressBar({ phase: 'saving', done: 1, total: 2 }, 10), 'saving      [#####-----] 1/2');
  });
});
