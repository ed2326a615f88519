/**
 * Reads a Server-Sent Events stream over real HTTP, for tests of streaming routes (`app.inject` waits for the end of
 * an answer, which a stream never reaches). Events come out one at a time; comments and `retry:` lines are skipped.
 *
 * @example
 *   const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
 *   const stream = await openEventStream(`${url}/api/v1/workspaces/${ws}/inbox/events`, { authorization: `Bearer ${token}` });
 *   const event = await stream.next();
 *   stream.close();
 */
export interface StreamedEvent {
  event: string;
  // Tests read the fields they expect; the route's description documents the shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data: any;
}

export interface OpenedEventStream {
  status: number;
  headers: Headers;
  /** The next event, or a failure after `timeoutMs`. */
  next(timeoutMs?: number): Promise<StreamedEvent>;
  /** Fails if an event arrives within `ms`. */
  nothingWithin(ms: number): Promise<void>;
  /** Whether the server ended the stream. */
  ended(): boolean;
  close(): void;
}

export async function openEventStream(url: string, headers: Record<string, string>): Promise<OpenedEventStream> {
  const abort = new AbortController();
  const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: abort.signal });
  const events: StreamedEvent[] = [];
  const waiting: Array<() => void> = [];
  let done = false;
  let buffer = '';
  const wake = () => waiting.splice(0).forEach((resolve) => resolve());
  const pump = async () => {
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (finished) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const parsed = parseBlock(block);
          if (parsed) events.push(parsed);
        }
        wake();
      }
    } catch {
      // Aborted by close(), or the connection dropped: both end the stream.
    }
    done = true;
    wake();
  };
  void pump();
  const next = async (timeoutMs = 5000): Promise<StreamedEvent> => {
    const deadline = Date.now() + timeoutMs;
    while (events.length === 0) {
      if (done) throw new Error('the stream ended without another event');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no event within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        setTimeout(resolve, left);
      });
    }
    return events.shift()!;
  };
  return {
    status: res.status,
    headers: res.headers,
    next,
    nothingWithin: async (ms) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      if (events.length > 0) throw new Error(`unexpected event: ${JSON.stringify(events[0])}`);
    },
    ended: () => done,
    close: () => abort.abort(),
  };
}

function parseBlock(block: string): StreamedEvent | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).trim());
  }
  return data.length > 0 ? { event, data: JSON.parse(data.join('\n')) } : null;
}
