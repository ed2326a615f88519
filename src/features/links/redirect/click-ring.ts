/**
 * The redirector's queue of clicks waiting to be written: a ring of preallocated columns, written in bounded
 * batches off the request path.
 *
 * Why columns and not one object per click: the redirector keeps up to a second of clicks in memory, and whatever
 * it keeps outlives the young generation's collections. One object (plus its id string) per click made the
 * garbage collector the largest cost of a redirect (bench/RESULTS.md, 2026-11-24: scavenges of 5–17 ms every
 * 100 ms). Here a click is a few numbers in typed arrays and references to objects that live anyway — the cached
 * link row, the remembered visitor, its hash, the referrer's host — so queuing one allocates nothing that stays.
 *
 * Bounds, measured in ../shared/PEERS.md: one 50,000-row insert raised p99 from 7 ms to 65 ms, 2,000-row batches
 * kept it at 7 ms. So: batches of at most `maxBatch`, one write at a time, a yield between batches, and at most
 * `capacity` clicks queued — `full` tells the caller to wait on `room()` (back-pressure, not growing memory).
 * `drain()` writes everything at shutdown; a SIGKILL loses what is queued (at most `capacity`, normally the clicks
 * of the last fraction of a second: a batch is written as soon as it is full, and the rest every `intervalMs`).
 */
import { randomFillSync } from 'node:crypto';
import type { Logger } from 'pino';
import type { PendingClick } from '../click.js';

export type QueuedLink = PendingClick['link'];
export type QueuedVisitor = PendingClick['visitor'];

/** A contiguous slice of the ring handed to the writer. Valid only until the write's promise settles. */
export class ClickBatch {
  constructor(
    private readonly ring: ClickRing,
    private readonly start: number,
    readonly length: number,
  ) {}

  /** The click id as 32 hex digits (PostgreSQL's uuid input accepts them without dashes). */
  idHex(i: number): string {
    const at = (this.start + i) * 16;
    return this.ring.ids.toString('hex', at, at + 16);
  }
  /** The queue's id bytes: click `i`'s id is the 16 bytes at `idOffset(i)` (read them before the write settles). */
  get idBytes(): Buffer {
    return this.ring.ids;
  }
  idOffset(i: number): number {
    return (this.start + i) * 16;
  }
  atMs(i: number): number {
    return this.ring.atMs[this.start + i]!;
  }
  link(i: number): QueuedLink {
    return this.ring.links[this.start + i]!;
  }
  visitor(i: number): QueuedVisitor {
    return this.ring.visitors[this.start + i]!;
  }
  visitorHash(i: number): string {
    return this.ring.hashes[this.start + i]!;
  }
  referrerHost(i: number): string | null {
    return this.ring.referrers[this.start + i] ?? null;
  }
  trigger(i: number): 'link' | 'qr' {
    return this.ring.triggers[this.start + i] === 1 ? 'qr' : 'link';
  }
  ruleIndex(i: number): number | null {
    const r = this.ring.rules[this.start + i]!;
    return r < 0 ? null : r;
  }
  variant(i: number): string | null {
    return this.ring.variants[this.start + i] ?? null;
  }

  /** One click as an object (the embedded writer and tests; the PostgreSQL writer reads the columns). */
  get(i: number): PendingClick {
    const hex = this.idHex(i);
    return {
      id: dashed(hex),
      atMs: this.atMs(i),
      link: this.link(i),
      visitor: this.visitor(i),
      visitorHash: this.visitorHash(i),
      referrerHost: this.referrerHost(i),
      trigger: this.trigger(i),
      ruleIndex: this.ruleIndex(i),
      variant: this.variant(i),
    };
  }
}

export interface ClickRingOptions {
  write(batch: ClickBatch): Promise<void>;
  log: Logger;
  maxBatch?: number;
  capacity?: number;
  intervalMs?: number;
}

/** 8-4-4-4-12, as the click id appears in the destination's `chorus_cid`. */
function dashed(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The time a UUID v7 click id was made, or null for another kind of id (clicks recorded before v7 ids were v4). */
export function clickTimeFromId(id: string): Date | null {
  const hex = id.replaceAll('-', '');
  if (!/^[0-9a-f]{32}$/i.test(hex) || hex[12] !== '7') return null;
  return new Date(parseInt(hex.slice(0, 12), 16));
}

/** Random bytes are drawn in blocks (one system call per 512 ids), as `crypto.randomUUID` does internally. */
const POOL_IDS = 512;

export class ClickRing {
  readonly ids: Buffer;
  readonly atMs: Float64Array;
  readonly rules: Int16Array;
  readonly triggers: Uint8Array;
  readonly links: Array<QueuedLink | undefined>;
  readonly visitors: Array<QueuedVisitor | undefined>;
  readonly hashes: Array<string | undefined>;
  readonly referrers: Array<string | null | undefined>;
  readonly variants: Array<string | null | undefined>;
  private readonly capacity: number;
  private readonly maxBatch: number;
  /** Index of the oldest queued click, and how many are queued. */
  private head = 0;
  private count = 0;
  private readonly random = Buffer.alloc(16 * POOL_IDS);
  private randomUsed = POOL_IDS;
  private flushing: Promise<void> | null = null;
  private waiters: Array<() => void> = [];
  private readonly timer: NodeJS.Timeout;
  /** Clicks written since start, and writes that failed (they are retried). */
  written = 0;
  failures = 0;

  constructor(private readonly options: ClickRingOptions) {
    this.capacity = options.capacity ?? 100_000;
    this.maxBatch = Math.min(options.maxBatch ?? 2000, this.capacity);
    this.ids = Buffer.alloc(16 * this.capacity);
    this.atMs = new Float64Array(this.capacity);
    this.rules = new Int16Array(this.capacity);
    this.triggers = new Uint8Array(this.capacity);
    this.links = new Array<QueuedLink | undefined>(this.capacity).fill(undefined);
    this.visitors = new Array<QueuedVisitor | undefined>(this.capacity).fill(undefined);
    this.hashes = new Array<string | undefined>(this.capacity).fill(undefined);
    this.referrers = new Array<string | null | undefined>(this.capacity).fill(undefined);
    this.variants = new Array<string | null | undefined>(this.capacity).fill(undefined);
    this.timer = setInterval(() => void this.flush(), options.intervalMs ?? 1000);
    this.timer.unref();
  }

  get size(): number {
    return this.count;
  }

  /** True when the ring is at its bound: wait on `room()` before queuing more. */
  get full(): boolean {
    return this.count >= this.capacity;
  }

  /** Resolves when there is room again. */
  room(): Promise<void> {
    if (!this.full) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /**
   * Queues a click and returns its id (a UUID v7: time-ordered, 74 random bits). The caller checks `full` first; queuing into a full ring
   * is a bug and throws rather than overwrite clicks.
   */
  push(c: Omit<PendingClick, 'id'>): string {
    if (this.count >= this.capacity) throw new Error('click queue is full: wait on room() before queuing');
    const slot = (this.head + this.count) % this.capacity;
    if (this.randomUsed === POOL_IDS) {
      randomFillSync(this.random);
      this.randomUsed = 0;
    }
    const from = this.randomUsed++ * 16;
    const at = slot * 16;
    this.random.copy(this.ids, at, from, from + 16);
    // UUID version 7 (RFC 9562): the first 48 bits are the click's time in milliseconds, so ids arrive in order
    // and the clicks table's primary-key index grows at its right edge instead of splitting random pages.
    const ms = c.atMs;
    const high = Math.floor(ms / 0x1_0000_0000);
    this.ids.writeUInt16BE(high & 0xffff, at);
    this.ids.writeUInt32BE(ms >>> 0, at + 2);
    this.ids[at + 6] = (this.ids[at + 6]! & 0x0f) | 0x70;
    this.ids[at + 8] = (this.ids[at + 8]! & 0x3f) | 0x80;
    this.atMs[slot] = c.atMs;
    this.rules[slot] = c.ruleIndex ?? -1;
    this.triggers[slot] = c.trigger === 'qr' ? 1 : 0;
    this.links[slot] = c.link;
    this.visitors[slot] = c.visitor;
    this.hashes[slot] = c.visitorHash;
    this.referrers[slot] = c.referrerHost;
    this.variants[slot] = c.variant;
    this.count++;
    if (this.count >= this.maxBatch && !this.flushing) void this.flush();
    return dashed(this.ids.toString('hex', at, at + 16));
  }

  /** Writes queued clicks in batches until the ring is empty or a write fails. */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    // `.finally` always runs after this assignment (a microtask later), even when there is nothing to write;
    // clearing the flag inside the async body could run before it was set and leave it stuck.
    const run = this.writeAll().finally(() => {
      this.flushing = null;
    });
    this.flushing = run;
    return run;
  }

  private async writeAll(): Promise<void> {
    while (this.count > 0) {
      // A batch never wraps around the end of the ring, so it is one contiguous slice of every column.
      const length = Math.min(this.count, this.maxBatch, this.capacity - this.head);
      try {
        await this.options.write(new ClickBatch(this, this.head, length));
      } catch (error) {
        this.failures++;
        this.options.log.error({ err: error, queued: this.count }, 'writing clicks failed; will retry');
        return;
      }
      this.release(this.head, length);
      this.head = (this.head + length) % this.capacity;
      this.count -= length;
      this.written += length;
      while (this.waiters.length > 0 && this.count < this.capacity) this.waiters.shift()!();
      // Let requests run between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Drops the references of written clicks, so a link or visitor no longer cached can be collected. */
  private release(start: number, length: number): void {
    this.links.fill(undefined, start, start + length);
    this.visitors.fill(undefined, start, start + length);
    this.hashes.fill(undefined, start, start + length);
    this.referrers.fill(undefined, start, start + length);
    this.variants.fill(undefined, start, start + length);
  }

  /** Stops the timer and writes everything queued (retrying a failing write a few times). */
  async drain(): Promise<void> {
    clearInterval(this.timer);
    for (let attempt = 0; this.count > 0 && attempt < 5; attempt++) {
      await this.flush();
      if (this.count > 0) await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
    }
    if (this.count > 0) this.options.log.error({ lost: this.count }, 'clicks could not be written at shutdown');
    while (this.waiters.length > 0) this.waiters.shift()!();
  }
}
