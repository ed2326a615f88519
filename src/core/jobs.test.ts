import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'kysely';
import { pino } from 'pino';
import { z } from 'zod';
import { forEachDatabase } from '../db/testing.js';
import { JobQueue, type JobDefinition } from './jobs.js';

const probe: JobDefinition<z.ZodType> = { name: 'start-probe.v1', schema: z.object({}) };

forEachDatabase('job queues at start', (getDb) => {
  const startQueue = async (expireSeconds: number) => {
    const jobs = new JobQueue(getDb().sql, pino({ level: 'silent' }), { pollSeconds: 1, expireSeconds, supervise: false });
    await jobs.start([probe]);
    await jobs.stop();
  };
  const stored = async () =>
    (await sql<{ expire: number; updated: Date }>`SELECT expire_seconds AS expire, updated_on AS updated FROM pgboss.queue WHERE name = ${probe.name}`.execute(getDb().db)).rows[0];

  it('creates a queue, leaves it alone while its settings match, and updates it when they change', async () => {
    await startQueue(60);
    const created = await stored();
    assert.equal(created?.expire, 60);
    await startQueue(60);
    assert.deepEqual(await stored(), created, 'unchanged settings: no update');
    await startQueue(90);
    const updated = await stored();
    assert.equal(updated?.expire, 90);
    assert.ok(updated!.updated.getTime() > created!.updated.getTime());
  });
});
