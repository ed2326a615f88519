import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { it } from 'node:test';
import { pino } from 'pino';
import { loadConfig } from '../core/config.js';
import { createScratchPostgres } from '../db/testing.js';
import { NetworkRegistry } from '../networks/registry.js';
import { createContext } from './runtime.js';

/**
 * The first deploy of a scale-out: `serve` and workers start together on an empty PostgreSQL database. Each context
 * below has its own pool, so the five race exactly as five processes do (migrations, partitions, the job schema and
 * its queues), and every one must come up.
 */
it('five processes starting at once on a fresh PostgreSQL database all come up', async () => {
  const scratch = await createScratchPostgres('chorus_start');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'chorus-start-'));
  const config = loadConfig({
    DATABASE_URL: scratch.url,
    CHORUS_DATA_DIR: dataDir,
    CHORUS_SECRET_KEY: 'test-secret-key-that-is-long-enough-1234567890',
    CHORUS_LOG_LEVEL: 'silent',
  });
  const started = await Promise.allSettled(
    Array.from({ length: 5 }, (_, i) =>
      createContext(config, { networks: new NetworkRegistry(), log: pino({ level: 'silent' }), supervise: i % 2 === 0 }),
    ),
  );
  try {
    const failures = started.flatMap((s) => (s.status === 'rejected' ? [String((s.reason as Error).message)] : []));
    assert.deepEqual(failures, []);
  } finally {
    for (const s of started) if (s.status === 'fulfilled') await s.value.close();
    await scratch.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
});
