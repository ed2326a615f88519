/**
 * Background jobs on the database with pg-boss: no Redis, and it works on PGlite and PostgreSQL alike.
 *
 * A job is declared as `{ name, schema }` (features/<domain>/jobs.ts) and its handler is attached where the worker
 * starts. The queue name carries a version, so a payload change gets a new queue instead of breaking queued jobs.
 *
 * pg-boss stores, schedules, expires and retries jobs; the fetch loop here is our own because pg-boss 10's `work()`
 * waits a full polling interval after every batch, which caps a queue at batchSize jobs per interval. This loop keeps
 * up to `concurrency` jobs in flight and fetches again as soon as a slot frees, so due work starts within one poll.
 */
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { SqlExecutor, Tx } from '../db/database.js';
import { sqlInTransaction } from '../db/database.js';

export interface JobDefinition<S extends z.ZodType> {
  /** Queue name with its version, e.g. `publish.v1`. */
  name: string;
  schema: S;
  /** Seconds after which a job whose worker died is handed to another worker. */
  expireInSeconds?: number;
  retryLimit?: number;
}

export type JobHandler<S extends z.ZodType> = (data: z.infer<S>, job: { id: string; retryCount: number }) => Promise<void>;

export interface BatchJob<S extends z.ZodType> {
  id: string;
  data: z.infer<S>;
  retryCount: number;
}

/** What a batch handler may do besides its work (both optional: a handler that uses neither works as before). */
export interface BatchControl {
  /**
   * With `claimAhead`, the handler prepares its batch (claims it) before it has slots, and calls this before the work
   * `concurrency` bounds (the network calls): it resolves once the batch's jobs fit. Without `claimAhead` the batch
   * already has its slots and this resolves at once.
   */
  begin(): Promise<void>;
  /**
   * The part of the work that `concurrency` bounds is over (the network calls): the batch's slots are freed, so
   * the next jobs are fetched while this batch records its outcomes. At most `concurrency` jobs may be recording at
   * once besides those in flight, so a slow database slows the fetching instead of piling up work.
   */
  release(): void;
  /** Completes the batch's jobs inside the handler's transaction: they end if and only if their outcomes are stored. */
  complete(trx: Tx): Promise<void>;
}

export interface BatchOptions {
  /** Jobs at most in the bounded part of their handling (`begin` to `release`) in this process. */
  concurrency: number;
  batchSize: number;
  /**
   * Fetch one batch more than `concurrency` and let it prepare (claim) while the others are in their bounded part,
   * so a freed slot is taken by a batch that is ready instead of one that must first be fetched and claimed.
   */
  claimAhead?: boolean;
}

export type BatchHandler<S extends z.ZodType> = (jobs: Array<BatchJob<S>>, control: BatchControl) => Promise<void>;

export interface SendOptions {
  startAfter?: Date;
  singletonKey?: string;
  /** Queue the job in the caller's transaction, so it exists if and only if the rows it is about do. */
  trx?: Tx;
}

interface RunningWorker {
  stop(): void;
  done: Promise<void>;
  inFlight(): number;
}

export class JobQueue {
  private readonly boss: PgBoss;
  private readonly workers: RunningWorker[] = [];
  private started = false;

  constructor(
    private readonly sql: SqlExecutor,
    private readonly log: Logger,
    private readonly options: { pollSeconds: number; expireSeconds: number; supervise: boolean },
  ) {
    this.boss = new PgBoss({
      db: { executeSql: (text, values) => sql.executeSql(text, values) },
      schema: 'pgboss',
      supervise: options.supervise,
      schedule: false,
      migrate: true,
      // Failed and completed jobs are kept a week for inspection, then deleted by pg-boss's maintenance.
      deleteAfterDays: 7,
      // Maintenance is also what hands a dead worker's expired jobs to another: check at least every 10 s
      // (pg-boss's default is 2 minutes), and never slower than the expiry itself.
      maintenanceIntervalSeconds: Math.max(1, Math.min(10, options.expireSeconds)),
    });
    this.boss.on('error', (error: Error) => this.log.error({ err: error }, 'job runner error'));
  }

  async start(definitions: JobDefinition<z.ZodType>[]): Promise<void> {
    await this.boss.start();
    this.started = true;
    // One read of every queue; a queue whose settings already match is left alone, as it is at most starts.
    const queues = new Map((await this.boss.getQueues()).map((queue) => [queue.name, queue]));
    for (const d of definitions) {
      const existing = queues.get(d.name);
      const settings = {
        name: d.name,
        policy: 'standard' as const,
        expireInSeconds: d.expireInSeconds ?? this.options.expireSeconds,
        retryLimit: d.retryLimit ?? 10,
        retryDelay: 1,
        retryBackoff: true,
      };
      if (!existing) await this.boss.createQueue(d.name, settings);
      else if (!sameSettings(existing, settings)) await this.boss.updateQueue(d.name, settings);
    }
  }

  async send<S extends z.ZodType>(definition: JobDefinition<S>, data: z.infer<S>, options: SendOptions = {}): Promise<void> {
    const payload = definition.schema.parse(data) as object;
    await this.boss.send(definition.name, payload, {
      startAfter: options.startAfter,
      singletonKey: options.singletonKey,
      db: options.trx ? wrapDb(sqlInTransaction(options.trx)) : undefined,
    });
  }

  /** Queues many jobs of one queue in a single statement (inside the caller's transaction when `trx` is given). */
  async sendMany<S extends z.ZodType>(
    definition: JobDefinition<S>,
    items: Array<{ data: z.infer<S>; startAfter?: Date }>,
    options: { trx?: Tx } = {},
  ): Promise<void> {
    if (items.length === 0) return;
    const jobs = items.map((item) => ({
      name: definition.name,
      data: definition.schema.parse(item.data) as object,
      startAfter: (item.startAfter ?? new Date()).toISOString(),
    }));
    await this.boss.insert(jobs, { db: options.trx ? wrapDb(sqlInTransaction(options.trx)) : undefined });
  }

  /** Starts a fetch loop for one queue; `concurrency` jobs at most in flight in this process. */
  work<S extends z.ZodType>(definition: JobDefinition<S>, handler: JobHandler<S>, concurrency: number): void {
    this.loop(definition, { concurrency, batchSize: 1 }, async (jobs) => {
      const [job] = jobs;
      await handler(job!.data, { id: job!.id, retryCount: job!.retryCount });
    });
  }

  /**
   * Like `work`, but hands the handler up to `batchSize` jobs at once and completes them with one statement, so a
   * handler can claim and record many in a few round trips. Several batches run at a time, `concurrency` jobs at most
   * in this process. A handler that throws fails the whole batch (pg-boss retries each job); a handler records
   * per-job outcomes itself when one job's trouble must not cost the others.
   */
  workBatch<S extends z.ZodType>(definition: JobDefinition<S>, handler: BatchHandler<S>, options: BatchOptions): void {
    this.loop(definition, { ...options, batchSize: Math.max(1, options.batchSize) }, handler);
  }

  private loop<S extends z.ZodType>(definition: JobDefinition<S>, options: BatchOptions, handler: BatchHandler<S>): void {
    const { concurrency, batchSize } = options;
    let stopping = false;
    let wake: (() => void) | null = null;
    const active = new Set<Promise<void>>();
    const slots = new Slots(concurrency, () => wake?.());
    // How many jobs may be fetched and not yet recording: the bounded ones, plus one batch preparing when claiming ahead.
    const window = concurrency + (options.claimAhead ? batchSize : 0);
    const room = () => (slots.recording < concurrency ? window - slots.preparing - slots.inFlight : 0);
    const sleep = (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });

    const start = (batch: PgBoss.Job<object>[]) => {
      const lane = slots.lane(batch.length);
      const run = async () => {
        if (!options.claimAhead) await lane.begin();
        await this.runBatch(definition, batch, handler, lane);
      };
      const p = run().finally(() => {
        active.delete(p);
        lane.end();
      });
      active.add(p);
    };

    const loop = async () => {
      while (!stopping) {
        const free = room();
        let fetched = 0;
        if (free > 0) {
          try {
            const jobs = (await this.boss.fetch<object>(definition.name, { batchSize: free })) ?? [];
            fetched = jobs.length;
            for (let i = 0; i < jobs.length; i += batchSize) start(jobs.slice(i, i + batchSize));
          } catch (error) {
            if (!stopping) this.log.error({ err: error, queue: definition.name }, 'job fetch failed');
          }
        }
        // Fetch again at once when jobs came and room remains; otherwise wait a poll or a freed slot.
        if (stopping) break;
        if (fetched === 0 || room() <= 0) await sleep(this.options.pollSeconds * 1000);
      }
      await Promise.allSettled([...active]);
    };

    const done = loop();
    this.workers.push({
      stop: () => {
        stopping = true;
        wake?.();
      },
      done,
      inFlight: () => slots.inFlight,
    });
  }

  private async runBatch<S extends z.ZodType>(
    definition: JobDefinition<S>,
    batch: PgBoss.Job<object>[],
    handler: BatchHandler<S>,
    lane: Lane,
  ): Promise<void> {
    const valid: Array<BatchJob<S>> = [];
    for (const job of batch) {
      const parsed = definition.schema.safeParse(job.data);
      if (parsed.success) valid.push({ id: job.id, data: parsed.data, retryCount: (job as { retryCount?: number }).retryCount ?? 0 });
      else await this.failJobs(definition.name, [job.id], new Error(`Invalid payload for ${definition.name}: ${parsed.error.message}`));
    }
    if (valid.length === 0) return;
    const ids = valid.map((j) => j.id);
    let completed = false;
    const control: BatchControl = {
      begin: () => lane.begin(),
      release: () => lane.release(),
      complete: async (trx) => {
        // pg-boss reads a third argument as the jobs' output and only a fourth as the connection; its typings
        // omit the (name, ids, data, options) form, hence the cast.
        const complete = this.boss.complete.bind(this.boss) as unknown as (name: string, ids: string[], data: null, options: PgBoss.ConnectionOptions) => Promise<void>;
        await complete(definition.name, ids, null, { db: wrapDb(sqlInTransaction(trx)) });
        completed = true;
      },
    };
    try {
      await handler(valid, control);
      if (!completed) await this.boss.complete(definition.name, ids);
    } catch (error) {
      await this.failJobs(definition.name, ids, error);
    }
  }

  private async failJobs(queue: string, ids: string[], error: unknown): Promise<void> {
    this.log.error({ err: error, queue, jobIds: ids }, 'job failed');
    // One by one: pg-boss takes a failure message for a single job only (a rare path).
    for (const id of ids) await this.boss.fail(queue, id, { message: (error as Error).message }).catch(() => undefined);
  }

  /** Stops fetching, waits for jobs in flight (bounded), then stops pg-boss. */
  async stop(timeoutMs = 20_000): Promise<void> {
    for (const w of this.workers) w.stop();
    const all = Promise.all(this.workers.map((w) => w.done));
    await Promise.race([all, new Promise((r) => setTimeout(r, timeoutMs).unref())]);
    if (this.started) await this.boss.stop({ graceful: false, close: false, wait: true }).catch(() => undefined);
  }
}

/** Whether a stored queue already has the settings `start` would give it. */
function sameSettings(stored: PgBoss.QueueResult, wanted: PgBoss.Queue): boolean {
  const keys = ['policy', 'expireInSeconds', 'retryLimit', 'retryDelay', 'retryBackoff'] as const;
  return keys.every((key) => stored[key] === wanted[key]);
}

function wrapDb(executor: SqlExecutor): PgBoss.Db {
  return { executeSql: (text, values) => executor.executeSql(text, values) };
}

interface Lane {
  begin(): Promise<void>;
  release(): void;
  end(): void;
}

/**
 * A worker's job counts: preparing (fetched, not yet in the bounded part), in flight (bounded by `concurrency`) and
 * recording (released, still finishing). Batches waiting to begin are let in first come, first served.
 */
class Slots {
  preparing = 0;
  inFlight = 0;
  recording = 0;
  private readonly waiting: Array<{ size: number; go(): void }> = [];

  constructor(
    private readonly concurrency: number,
    private readonly changed: () => void,
  ) {}

  lane(size: number): Lane {
    let state: 'preparing' | 'waiting' | 'flying' | 'recording' | 'ended' = 'preparing';
    this.preparing += size;
    const move = (to: 'flying' | 'recording' | 'ended') => {
      if (state === 'preparing' || state === 'waiting') this.preparing -= size;
      else if (state === 'flying') this.inFlight -= size;
      else if (state === 'recording') this.recording -= size;
      if (to === 'flying') this.inFlight += size;
      else if (to === 'recording') this.recording += size;
      state = to;
      this.admit();
      this.changed();
    };
    return {
      begin: () => {
        if (state !== 'preparing') return Promise.resolve();
        state = 'waiting';
        return new Promise<void>((resolve) => {
          this.waiting.push({
            size,
            go: () => {
              if (state !== 'waiting') return;
              move('flying');
              resolve();
            },
          });
          this.admit();
        });
      },
      release: () => {
        if (state !== 'recording' && state !== 'ended') move('recording');
      },
      end: () => {
        if (state !== 'ended') move('ended');
      },
    };
  }

  private admit(): void {
    // A batch larger than the whole concurrency still goes when nothing else is in flight.
    while (this.waiting.length > 0 && (this.inFlight === 0 || this.inFlight + this.waiting[0]!.size <= this.concurrency)) {
      this.waiting.shift()!.go();
    }
  }
}
