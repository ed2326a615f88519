import assert from 'node:assert/strict';
import { it } from 'node:test';
import { pino } from 'pino';
import { z } from 'zod';
import { forEachDatabase } from '../db/testing.js';
import { JobQueue, type JobDefinition } from './jobs.js';

const JOBS = 12;
const SIZE = 4;

forEachDatabase('job batches', (getDb) => {
  /** Runs JOBS jobs in batches of SIZE with a concurrency of SIZE; reports what overlapped. */
  const run = async (name: string, claimAhead: boolean) => {
    const definition = { name, schema: z.object({ n: z.number() }) } satisfies JobDefinition<z.ZodType>;
    const jobs = new JobQueue(getDb().sql, pino({ level: 'silent' }), { pollSeconds: 0.2, expireSeconds: 60, supervise: false });
    await jobs.start([definition]);
    await jobs.sendMany(definition, Array.from({ length: JOBS }, (_, n) => ({ data: { n } })));
    let inFlight = 0;
    let maxInFlight = 0;
    let preparedWhileFlying = 0;
    const done: number[] = [];
    let finish: () => void;
    const all = new Promise<void>((resolve) => (finish = resolve));
    jobs.workBatch(
      definition,
      async (batch, control) => {
        if (inFlight > 0) preparedWhileFlying++;
        await control.begin();
        inFlight += batch.length;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((r) => setTimeout(r, 150));
        inFlight -= batch.length;
        control.release();
        done.push(...batch.map((j) => j.data.n));
        if (done.length === JOBS) finish();
      },
      { concurrency: SIZE, batchSize: SIZE, claimAhead },
    );
    await Promise.race([all, new Promise((_, reject) => setTimeout(() => reject(new Error(`only ${done.length} done`)), 15_000))]);
    await jobs.stop();
    return { maxInFlight, preparedWhileFlying, done: done.sort((a, b) => a - b) };
  };

  it('claims the next batch while one is in its bounded part, and never has more than the concurrency in it', async () => {
    const ahead = await run('claim-ahead.v1', true);
    assert.deepEqual(ahead.done, Array.from({ length: JOBS }, (_, n) => n), 'every job once');
    assert.equal(ahead.maxInFlight, SIZE);
    assert.ok(ahead.preparedWhileFlying >= 1, 'a batch was prepared while another was in flight');
  });

  it('without claiming ahead, a batch starts only when it has its slots', async () => {
    const plain = await run('no-claim-ahead.v1', false);
    assert.equal(plain.done.length, JOBS);
    assert.equal(plain.maxInFlight, SIZE);
    assert.equal(plain.preparedWhileFlying, 0);
  });
});
