/**
 * Server-Sent Events over a Fastify reply: the headers (the app's security headers kept), a comment every so often so
 * proxies and browsers keep an idle stream open, events written as `event:`/`data:` lines, and one `end()` that the
 * client's disconnect, the route and the server's shutdown all share.
 *
 * The reply is hijacked: Fastify no longer tracks it, so whoever opens a stream must end it on shutdown
 * (`EventStreams.endAll()` in a `preClose` hook), or `app.close()` would wait for the client to leave.
 *
 * @example
 *   const stream = streams.start(reply, { heartbeatMs: 25_000 });
 *   stream.send('engagement.created', { ids, count, open });
 *   stream.onEnd(() => unsubscribe());
 */
import type { FastifyReply } from 'fastify';

export interface EventStream {
  send(event: string, data: unknown): void;
  /** Runs `cleanup` once the stream ends, whoever ends it (at once if it already has). */
  onEnd(cleanup: () => void): void;
  end(): void;
  readonly ended: boolean;
}

export interface EventStreamOptions {
  heartbeatMs: number;
  /** Run at each heartbeat; a rejection ends the stream (the caller lost access, say). */
  onHeartbeat?: () => Promise<void>;
  /** How long the browser waits before reconnecting after the stream drops. */
  retryMs?: number;
}

/** Whether the client asked for an event stream (an EventSource always sends `Accept: text/event-stream`). */
export function acceptsEventStream(accept: string | undefined): boolean {
  return (accept ?? '').split(',').some((part) => part.split(';')[0]!.trim().toLowerCase() === 'text/event-stream');
}

/** The open streams of one server, to end them all when it shuts down. */
export class EventStreams {
  private readonly open = new Set<EventStream>();

  get size(): number {
    return this.open.size;
  }

  start(reply: FastifyReply, options: EventStreamOptions): EventStream {
    const stream = startStream(reply, options);
    this.open.add(stream);
    stream.onEnd(() => this.open.delete(stream));
    return stream;
  }

  endAll(): void {
    for (const stream of [...this.open]) stream.end();
  }
}

function startStream(reply: FastifyReply, options: EventStreamOptions): EventStream {
  reply.hijack();
  const res = reply.raw;
  const headers: Record<string, string | string[] | number> = {};
  for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) headers[name] = value;
  res.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    // A reverse proxy that buffers (nginx) would hold events back until its buffer fills.
    'x-accel-buffering': 'no',
    // The socket goes with the stream: nothing waits on it once the stream ends (the server's shutdown included).
    connection: 'close',
  });
  res.write(`retry: ${options.retryMs ?? 5000}\n\n`);
  const cleanups: Array<() => void> = [];
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    if (!res.writableEnded) res.end();
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
  const heartbeat = setInterval(() => {
    if (ended) return;
    res.write(': heartbeat\n\n');
    options.onHeartbeat?.().catch(end);
  }, options.heartbeatMs);
  heartbeat.unref();
  // The browser closed the page or lost the network. (Not the request's 'close': that fires once a GET is read.)
  res.on('close', end);
  res.on('error', end);
  return {
    send: (event, data) => {
      if (!ended) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    onEnd: (cleanup) => {
      if (ended) cleanup();
      else cleanups.push(cleanup);
    },
    end,
    get ended() {
      return ended;
    },
  };
}
