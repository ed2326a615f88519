/**
 * Live inbox updates inside one API process: one LISTEN on the database (whichever process stored the items, a worker
 * or this one) feeding the open event streams of each workspace. A workspace's listeners hear only notices about
 * that workspace; a notice nobody here listens to costs nothing but parsing.
 *
 * @example
 *   const hub = new InboxHub(ctx.database, ctx.log);
 *   const stop = await hub.subscribe(workspaceId, (event) => write(event));
 *   stop();
 *   await hub.close();
 */
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Database } from '../../db/database.js';
import type { StopListening } from '../../db/listener.js';
import { INBOX_CHANNEL, liveRepository } from './live-repository.js';

/** What a stream sends: new items (ids, how many, the open count after them), or "you may have missed some". */
export type InboxEvent =
  | { type: 'engagement.created'; data: { ids: string[]; count: number; open: number } }
  | { type: 'inbox.resync'; data: Record<string, never> };

export type InboxListener = (event: InboxEvent) => void;

const Notice = z.object({ w: z.uuid(), ids: z.array(z.uuid()), n: z.number().int().nonnegative() });

export class InboxHub {
  private readonly listeners = new Map<string, Set<InboxListener>>();
  private listening: Promise<StopListening> | undefined;
  /** Notices are handled one after the other, so the open counts a stream sees never go back in time. */
  private queue: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly database: Database,
    private readonly log: Logger,
  ) {}

  /**
   * Adds a listener for one workspace; resolves once the database is listened to, so every notice committed after
   * that reaches it. The returned function removes it (safe to call twice).
   */
  async subscribe(workspaceId: string, listener: InboxListener): Promise<() => void> {
    if (this.closed) throw new Error('The inbox hub is closed');
    await this.startListening();
    if (this.closed) throw new Error('The inbox hub is closed');
    const set = this.listeners.get(workspaceId) ?? new Set<InboxListener>();
    set.add(listener);
    this.listeners.set(workspaceId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(workspaceId) === set) this.listeners.delete(workspaceId);
    };
  }

  /** How many listeners a workspace has (all workspaces when none is named). */
  count(workspaceId?: string): number {
    if (workspaceId) return this.listeners.get(workspaceId)?.size ?? 0;
    let total = 0;
    for (const set of this.listeners.values()) total += set.size;
    return total;
  }

  /** Stops listening to the database; listeners are dropped (their streams are ended by the server's shutdown). */
  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    const listening = this.listening;
    this.listening = undefined;
    const stop = await listening?.catch(() => undefined);
    await stop?.();
    await this.queue;
  }

  private startListening(): Promise<StopListening> {
    this.listening ??= this.database.listen(INBOX_CHANNEL, {
      onNotify: (payload) => this.enqueue(payload),
      onReconnect: () => this.broadcast({ type: 'inbox.resync', data: {} }),
      onError: (error) => this.log.warn({ err: error }, 'live inbox updates: the database connection failed; reconnecting'),
    });
    // A failed start is tried again by the next subscriber instead of being remembered.
    this.listening.catch(() => (this.listening = undefined));
    return this.listening;
  }

  private enqueue(payload: string): void {
    this.queue = this.queue.then(() => this.deliver(payload)).catch((error: unknown) => this.log.warn({ err: error }, 'live inbox update not delivered'));
  }

  private async deliver(payload: string): Promise<void> {
    const parsed = Notice.safeParse(safeJson(payload));
    if (!parsed.success) return;
    const { w: workspaceId, ids, n: count } = parsed.data;
    if (!this.listeners.has(workspaceId) || this.closed) return;
    const open = await liveRepository.openCount(this.database.db, workspaceId);
    const event: InboxEvent = { type: 'engagement.created', data: { ids, count, open } };
    for (const listener of [...(this.listeners.get(workspaceId) ?? [])]) this.tell(listener, event);
  }

  private broadcast(event: InboxEvent): void {
    for (const set of this.listeners.values()) for (const listener of [...set]) this.tell(listener, event);
  }

  /** One broken stream must not keep the others from hearing. */
  private tell(listener: InboxListener, event: InboxEvent): void {
    try {
      listener(event);
    } catch (error) {
      this.log.warn({ err: error }, 'live inbox update not written to a stream');
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
