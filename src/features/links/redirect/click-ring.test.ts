import assert from 'node:assert/strict';
import { it } from 'node:test';
import { pino } from 'pino';
import { ClickRing, clickTimeFromId, type ClickBatch, type ClickRingOptions } from './click-ring.js';
import type { PendingClick } from '../click.js';

const log = pino({ level: 'silent' });
const link = { id: 'l', workspace_id: 'w', publication_id: null, network: null, channel_id: null };
const visitor = { country: null, region: null, device: null, os: null, browser: null, isBot: false };
/** A click whose time carries a sequence number, so tests can check order and completeness. */
const click = (n: number): Omit<PendingClick, 'id'> => ({
  atMs: n,
  link,
  visitor,
  visitorHash: 'h',
  referrerHost: null,
  trigger: 'link',
  ruleIndex: null,
  variant: null,
});
const numbers = (batch: ClickBatch) => Array.from({ length: batch.length }, (_, i) => batch.atMs(i));
/** A ring whose timer never fires during a test: the tests flush it themselves. */
const ringWriting = (write: ClickRingOptions['write'], sizes: Pick<ClickRingOptions, 'maxBatch' | 'capacity'> = {}) =>
  new ClickRing({ write, log, intervalMs: 60_000, ...sizes });
/** Pushes clicks 0 to count - 1 as the redirect does: waiting for room whenever the ring is full. */
async function pushWaiting(ring: ClickRing, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    if (ring.full) await ring.room();
    ring.push(click(i));
  }
}

it('gives each click a time-ordered UUID v7 and hands it back unchanged', async () => {
  const seen: PendingClick[] = [];
  const ring = ringWriting(async (b) => void seen.push(...Array.from({ length: b.length }, (_, i) => b.get(i))));
  const ids = [ring.push({ ...click(1), trigger: 'qr', ruleIndex: 3, variant: 'b', referrerHost: 't.co' }), ring.push(click(2))];
  const at = Date.parse('2026-11-24T10:15:00.123Z');
  const later = ring.push({ ...click(3), atMs: at });
  await ring.drain();
  for (const id of ids) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(clickTimeFromId(later)?.getTime(), at, 'the first 48 bits are the time');
  assert.equal(clickTimeFromId('0f0f0f0f-1111-4222-8333-444444444444'), null, 'a v4 id has no time');
  assert.equal(clickTimeFromId('not an id'), null);
  assert.notEqual(ids[0], ids[1]);
  assert.deepEqual(
    seen.map((c) => [c.id, c.atMs, c.trigger, c.ruleIndex, c.variant, c.referrerHost]),
    [
      [ids[0], 1, 'qr', 3, 'b', 't.co'],
      [ids[1], 2, 'link', null, null, null],
      [later, at, 'link', null, null, null],
    ],
  );
});

it('keeps writing after a flush found nothing to write (regression: a stuck in-flight flag)', async () => {
  const written: number[][] = [];
  const ring = ringWriting(async (b) => void written.push(numbers(b)));
  await ring.flush();
  ring.push(click(1));
  await ring.flush();
  ring.push(click(2));
  await ring.flush();
  assert.deepEqual(written, [[1], [2]]);
  await ring.drain();
});

it('writes in bounded batches, one write at a time, in order, across the end of the ring', async () => {
  const sizes: number[] = [];
  const order: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const ring = ringWriting(
    async (b) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, 2));
      sizes.push(b.length);
      order.push(...numbers(b));
      inFlight--;
    },
    { maxBatch: 100, capacity: 250 },
  );
  await pushWaiting(ring, 1050);
  await Promise.all([ring.flush(), ring.flush()]);
  await ring.drain();
  assert.deepEqual(order, Array.from({ length: 1050 }, (_, i) => i));
  assert.ok(sizes.every((n) => n <= 100));
  assert.equal(maxInFlight, 1);
});

it('applies back-pressure when full and keeps retrying a failing write without losing clicks', async () => {
  let failing = true;
  const written: number[] = [];
  const ring = ringWriting(
    async (b) => {
      if (failing) throw new Error('database down');
      written.push(...numbers(b));
    },
    { maxBatch: 10, capacity: 20 },
  );
  for (let i = 0; i < 20; i++) ring.push(click(i));
  assert.equal(ring.full, true);
  assert.throws(() => ring.push(click(20)), /full/, 'never overwrites a queued click');
  const room = ring.room();
  await ring.flush();
  assert.equal(ring.size, 20, 'nothing dropped while writes fail');
  assert.equal(ring.failures, 1);
  failing = false;
  await ring.flush();
  await room;
  assert.deepEqual(written, Array.from({ length: 20 }, (_, i) => i));
  await ring.drain();
});

it('memory stays bounded under a flood of 1,000,000 clicks', async () => {
  let peak = 0;
  const ring = ringWriting(
    async () => {
      peak = Math.max(peak, ring.size);
      await new Promise((r) => setImmediate(r));
    },
    { maxBatch: 2000, capacity: 10_000 },
  );
  await pushWaiting(ring, 1_000_000);
  await ring.drain();
  assert.equal(ring.written, 1_000_000);
  assert.ok(peak <= 10_000, `queue peaked at ${peak}`);
});
