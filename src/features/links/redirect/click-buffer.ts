/**
 * Clicks are recorded after the redirect is sent, in bounded batches off the request path. Measured here
 * (../shared/PEERS.md): one 50,000-row insert per second raised p99 from 7 ms to 65 ms; 2,000-row chunks with a
 * yield between them kept it at 7 ms. So: at most `maxBatch` rows per write, one write at a time, and a bounded
 * queue — when it is full, `push` returns a promise the caller waits on (back-pressure on the flood, not memory).
 *
 * `drain()` writes everything queued (graceful shutdown); a SIGKILL loses at most what is queued (≤ maxQueued,
 * normally under one second of clicks).
 */
import type { Logger } from 'pino';

export interface ClickBufferOptions<T> {
  write(batch: T[]): Promise<void>;
  log: Logger;
  maxBatch?: number;
  maxQueued?: number;
  intervalMs?: number;
}

export class ClickBuffer<T> {
  private queue: T[] = [];
  private flushing: Promise<void> | null = null;
  private waiters: Array<() => void> = [];
  private readonly timer: NodeJS.Timeout;
  private readonly maxBatch: number;
  private readonly maxQueued: number;
  /** Rows written since start, and writes that failed (they are retried). */
  written = 0;
  failures = 0;

  constructor(private readonly options: ClickBufferOptions<T>) {
    this.maxBatch = options.maxBatch ?? 2000;
    this.maxQueued = options.maxQueued ?? 100_000;
    this.timer = setInterval(() => void this.flush(), options.intervalMs ?? 1000);
    this.timer.unref();
  }

  get size(): number {
    return this.queue.length;
  }

  /** True when the queue is at its bound: wait on `room()` before pushing more. */
  get full(): boolean {
    return this.queue.length >= this.maxQueued;
  }

  /** Resolves when the queue has room again. */
  room(): Promise<void> {
    if (!this.full) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Queues a click; returns a promise only when the queue is full (wait on it before taking more work). */
  push(item: T): Promise<void> | undefined {
    this.queue.push(item);
    if (this.queue.length >= this.maxBatch && !this.flushing) void this.flush();
    if (this.queue.length < this.maxQueued) return undefined;
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Writes queued clicks in chunks until the queue is empty or a write fails. */
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
    while (this.queue.length > 0) {
      const batch = this.queue.slice(0, this.maxBatch);
      try {
        await this.options.write(batch);
      } catch (error) {
        this.failures++;
        this.options.log.error({ err: error, queued: this.queue.length }, 'writing clicks failed; will retry');
        return;
      }
      this.queue.splice(0, batch.length);
      this.written += batch.length;
      this.release();
      // Let requests run between chunks.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private release(): void {
    while (this.waiters.length > 0 && this.queue.length < this.maxQueued) this.waiters.shift()!();
  }

  /** Stops the timer and writes everything queued (retrying a failing write a few times). */
  async drain(): Promise<void> {
    clearInterval(this.timer);
    for (let attempt = 0; this.queue.length > 0 && attempt < 5; attempt++) {
      await this.flush();
      if (this.queue.length > 0) await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
    }
    if (this.queue.length > 0) this.options.log.error({ lost: this.queue.length }, 'clicks could not be written at shutdown');
    this.release();
  }
}
