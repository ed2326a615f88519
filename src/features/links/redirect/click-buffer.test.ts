import assert from 'node:assert/strict';
import { it } from 'node:test';
import { pino } from 'pino';
import { ClickBuffer } from './click-buffer.js';

const log = pino({ level: 'silent' });

it('keeps writing after a flush found nothing to write (regression: a stuck in-flight flag)', async () => {
  const written: number[][] = [];
  const buffer = new ClickBuffer<number>({ write: async (b) => void written.push(b), log, intervalMs: 60_000 });
  await buffer.flush();
  buffer.push(1);
  await buffer.flush();
  buffer.push(2);
  await buffer.flush();
  assert.deepEqual(written, [[1], [2]]);
  await buffer.drain();
});

it('writes in bounded batches, one write at a time', async () => {
  const sizes: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const buffer = new ClickBuffer<number>({
    write: async (b) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, 2));
      sizes.push(b.length);
      inFlight--;
    },
    log,
    maxBatch: 100,
    intervalMs: 60_000,
  });
  for (let i = 0; i < 1050; i++) buffer.push(i);
  await Promise.all([buffer.flush(), buffer.flush()]);
  await buffer.drain();
  assert.equal(sizes.reduce((a, b) => a + b, 0), 1050);
  assert.ok(sizes.every((n) => n <= 100));
  assert.equal(maxInFlight, 1);
});

it('applies back-pressure when full and keeps retrying a failing write without losing clicks', async () => {
  let failing = true;
  const written: number[] = [];
  const buffer = new ClickBuffer<number>({
    write: async (b) => {
      if (failing) throw new Error('database down');
      written.push(...b);
    },
    log,
    maxBatch: 10,
    maxQueued: 20,
    intervalMs: 60_000,
  });
  const waits = Array.from({ length: 25 }, (_, i) => buffer.push(i)).filter(Boolean);
  assert.equal(waits.length, 6, 'pushes beyond the bound must wait');
  await buffer.flush();
  assert.equal(buffer.size, 25, 'nothing dropped while writes fail');
  failing = false;
  await buffer.flush();
  await Promise.all(waits);
  assert.deepEqual(written, Array.from({ length: 25 }, (_, i) => i));
  await buffer.drain();
});

it('memory stays bounded under a flood of 1,000,000 clicks', async () => {
  let maxQueued = 0;
  const buffer = new ClickBuffer<{ n: number }>({
    write: async (b) => {
      maxQueued = Math.max(maxQueued, buffer.size);
      await new Promise((r) => setImmediate(r));
      void b;
    },
    log,
    maxBatch: 2000,
    maxQueued: 10_000,
    intervalMs: 60_000,
  });
  for (let i = 0; i < 1_000_000; i++) {
    const wait = buffer.push({ n: i });
    if (wait) await wait;
  }
  await buffer.drain();
  assert.equal(buffer.written, 1_000_000);
  assert.ok(maxQueued <= 10_000 + 1, `queue peaked at ${maxQueued}`);
});
