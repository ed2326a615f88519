/**
 * The decisions behind the inbox's live updates, without React or a browser: whether to poll (only while the event
 * stream is down), what an event of the stream says, and which items count as "new" — arrived live since the inbox
 * was opened, until they are opened or have been shown long enough.
 *
 * @example
 *   const every = pollEvery('down', 60_000);               // 60_000; 'open' → false (no interval)
 *   let marks = arrive(new Map(), ['id-1'], Date.now());  // id-1 is new
 *   marks = seen(marks, 'id-1');                          // opened: no longer highlighted
 */

/** `connecting` until the stream first opens; `down` after an error, until the browser's retry opens it again. */
export type StreamState = 'connecting' | 'open' | 'down';

/** What the inbox's event stream says (see the server's routes/events.ts). */
export type LiveEvent = { type: 'engagement.created'; ids: string[]; count: number; open: number } | { type: 'inbox.resync' };

/** When arrivals are new (item id → when it arrived, ms since the epoch). */
export type Arrivals = ReadonlyMap<string, number>;

/** How long an item stays highlighted when nobody opens it. */
export const NEW_FOR_MS = 120_000;

/** The refetch interval of the inbox's queries: the given period while the stream is down, none otherwise. */
export function pollEvery(state: StreamState, everyMs: number): number | false {
  return state === 'down' ? everyMs : false;
}

/**
 * After the stream's `error`: it is down until it opens again. A stream the browser is retrying (readyState
 * CONNECTING) needs nothing more; one it gave up on (CLOSED: the server answered an error status, say 503) is opened
 * afresh later by the page.
 */
export function afterError(closed: boolean): { state: StreamState; reopen: boolean } {
  return { state: 'down', reopen: closed };
}

/** An event of the stream, or null for anything this page does not know (a newer server, a broken line). */
export function readEvent(type: string, data: string): LiveEvent | null {
  if (type === 'inbox.resync') return { type };
  if (type !== 'engagement.created') return null;
  let body: unknown;
  try {
    body = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof body !== 'object' || body === null) return null;
  const { ids, count, open } = body as Record<string, unknown>;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return null;
  if (typeof count !== 'number' || typeof open !== 'number') return null;
  return { type, ids: ids as string[], count, open };
}

/** The arrivals with `ids` added as new at `now` (an id already new keeps its first arrival). */
export function arrive(marks: Arrivals, ids: readonly string[], now: number): Arrivals {
  const fresh = ids.filter((id) => !marks.has(id));
  if (fresh.length === 0) return marks;
  const next = new Map(marks);
  for (const id of fresh) next.set(id, now);
  return next;
}

/** The arrivals without the one just opened. */
export function seen(marks: Arrivals, id: string): Arrivals {
  if (!marks.has(id)) return marks;
  const next = new Map(marks);
  next.delete(id);
  return next;
}

/** The arrivals still new at `now` (the same object when none faded, so React skips a render). */
export function fade(marks: Arrivals, now: number, forMs = NEW_FOR_MS): Arrivals {
  const kept = [...marks].filter(([, at]) => now - at < forMs);
  return kept.length === marks.size ? marks : new Map(kept);
}

/** In how many ms the next arrival fades, or null when none is new. */
export function nextFadeIn(marks: Arrivals, now: number, forMs = NEW_FOR_MS): number | null {
  if (marks.size === 0) return null;
  const oldest = Math.min(...marks.values());
  return Math.max(0, oldest + forMs - now);
}
