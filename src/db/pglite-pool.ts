/**
 * A `pg.Pool`-shaped adapter over one embedded PGlite instance.
 *
 * PGlite is a single PostgreSQL session. Kysely's PostgresDialect and pg-boss both expect a pool that hands out
 * clients; if two of them interleaved statements on the one session, a transaction of one would swallow the other's
 * writes. So `connect()` takes an exclusive turn on the session and `release()` gives it back: clients are served one
 * at a time, in order. Hand-written because no maintained package offers this for both Kysely and pg-boss.
 *
 * @example
 *   const pool = new PGlitePool(await PGlite.create('./data/pg'));
 *   const { rows } = await pool.query('select 1 as one');
 */
import type { PGlite } from '@electric-sql/pglite';

export interface QueryResultLike<R> {
  rows: R[];
  rowCount: number;
  command: string;
}

export interface PoolClientLike {
  query<R = Record<string, unknown>>(text: string, values?: readonly unknown[]): Promise<QueryResultLike<R>>;
  release(): void;
}

/** A first-come, first-served lock: `acquire()` resolves with the function that releases it. */
class TurnQueue {
  private tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => turn);
    return ready;
  }
}

// Kysely reads `command` to report affected rows; PGlite does not return it, so take the statement's first word.
function commandOf(text: string): string {
  const match = /^\s*(?:--[^\n]*\n\s*)*([A-Za-z]+)/.exec(text);
  return (match?.[1] ?? '').toUpperCase();
}

export class PGlitePool {
  private readonly turns = new TurnQueue();
  private ended = false;

  constructor(readonly pg: PGlite) {}

  private async run<R>(text: string, values?: readonly unknown[]): Promise<QueryResultLike<R>> {
    if (this.ended) throw new Error('The embedded database is closed');
    // pg-boss sends multi-statement scripts without parameters; PGlite's `query` accepts one statement only.
    if ((!values || values.length === 0) && text.includes(';')) {
      const results = await this.pg.exec(text);
      const last = results.at(-1);
      const rows = (last?.rows ?? []) as R[];
      return { rows, rowCount: last?.affectedRows ?? rows.length, command: commandOf(text) };
    }
    const result = await this.pg.query<R>(text, values ? [...values] : undefined);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length, command: commandOf(text) };
  }

  async connect(): Promise<PoolClientLike> {
    const release = await this.turns.acquire();
    let released = false;
    return {
      query: <R>(text: string, values?: readonly unknown[]) => this.run<R>(text, values),
      release: () => {
        if (!released) {
          released = true;
          release();
        }
      },
    };
  }

  async query<R = Record<string, unknown>>(text: string, values?: readonly unknown[]): Promise<QueryResultLike<R>> {
    const client = await this.connect();
    try {
      return await client.query<R>(text, values);
    } finally {
      client.release();
    }
  }

  /**
   * LISTEN on the one session, in a turn of its own: run while another client's transaction is open, the LISTEN would
   * belong to that transaction and vanish with its rollback. The callback runs when a NOTIFY commits.
   */
  async listen(channel: string, callback: (payload: string) => void): Promise<() => Promise<void>> {
    const client = await this.connect();
    let unlisten: (() => Promise<void>) | undefined;
    try {
      if (this.ended) throw new Error('The embedded database is closed');
      unlisten = await this.pg.listen(channel, callback);
    } finally {
      client.release();
    }
    return async () => {
      const turn = await this.connect();
      try {
        if (!this.ended) await unlisten?.();
      } finally {
        turn.release();
      }
    };
  }

  async end(): Promise<void> {
    const release = await this.turns.acquire();
    this.ended = true;
    try {
      await this.pg.close();
    } finally {
      release();
    }
  }
}
