/**
 * `LISTEN` on PostgreSQL from a connection of its own: a pooled connection goes back to the pool after each query,
 * and a notification only reaches the session that listens. One client per listening process, reconnected with
 * backoff when the server restarts or the network drops it; while it is away notifications are lost (PostgreSQL
 * keeps none for a session that is not there), so `onReconnect` tells the caller to catch up another way.
 *
 * @example
 *   const stop = await listenPostgres(url, 'chorus_inbox', { onNotify: (payload) => hub.deliver(payload) });
 *   await stop();
 */
import pg from 'pg';

export interface ListenHandlers {
  /** The payload of each `pg_notify(channel, payload)` committed by any session. */
  onNotify(payload: string): void;
  /** Called after the connection came back: anything sent while it was away was missed. */
  onReconnect?(): void;
  /** A failure the listener recovers from by itself, for the log. */
  onError?(error: Error): void;
}

/** A stop function; it resolves once the connection is closed and no reconnection is pending. */
export type StopListening = () => Promise<void>;

// From 0.5 s doubling to 30 s: quick after a blip, gentle on a server that is down for a while.
const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;

/** PostgreSQL identifiers in LISTEN cannot be parameters; channel names are Chorus's own constants, checked here. */
function checkedChannel(channel: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`Not a channel name Chorus uses: ${channel}`);
  return channel;
}

export async function listenPostgres(url: string, channel: string, handlers: ListenHandlers): Promise<StopListening> {
  const name = checkedChannel(channel);
  let stopped = false;
  let client: pg.Client | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let retryMs = FIRST_RETRY_MS;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel === name) handlers.onNotify(message.payload ?? '');
    });
    // An error on an idle client (the server went away) arrives here, then 'end'. Only the client in use reconnects
    // on 'end'; a failed attempt is retried by whoever made it.
    next.on('error', (error) => handlers.onError?.(error));
    next.on('end', () => {
      if (client !== next) return;
      client = undefined;
      if (!stopped) scheduleReconnect();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${name}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    if (stopped) await next.end().catch(() => undefined);
    else client = next;
  };

  const scheduleReconnect = () => {
    if (retryTimer || stopped) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      connect().then(
        () => {
          retryMs = FIRST_RETRY_MS;
          handlers.onReconnect?.();
        },
        (error: Error) => {
          handlers.onError?.(error);
          retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
          scheduleReconnect();
        },
      );
    }, retryMs);
    retryTimer.unref();
  };

  await connect();
  return async () => {
    stopped = true;
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = undefined;
    const current = client;
    client = undefined;
    await current?.end().catch(() => undefined);
  };
}
