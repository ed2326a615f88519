/**
 * The inbox's live updates for the current workspace, opened once by the Layout: an EventSource on
 * `…/inbox/events` (same origin, so the session cookie goes with it; `connect-src 'self'` allows it). Each event
 * reloads the inbox list and the navigation's count; the inbox page hears the new items' ids to highlight them.
 * While the stream is open nothing polls; while it is down the inbox queries poll as before (`pollEvery`).
 *
 * @example
 *   const live = useInboxLive(workspace?.id ?? null);   // in the Layout
 *   <InboxLiveContext.Provider value={live}>…</InboxLiveContext.Provider>
 *   const { isNew, newCount, seen } = useLiveArrivals(ws);  // in the inbox page
 */
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiPath } from '../../api/types';
import { origin } from '../../http';
import { afterError, arrive, fade, nextFadeIn, readEvent, seen, type Arrivals, type StreamState } from './live';

type ArrivalListener = (ids: string[]) => void;

export interface InboxLive {
  state: StreamState;
  /** Hears the ids of items that arrive live; returns the way to stop hearing. */
  subscribe(listener: ArrivalListener): () => void;
}

/** Without a Layout around it (a page rendered alone), there is no stream: the inbox polls as it always did. */
export const InboxLiveContext = createContext<InboxLive>({ state: 'down', subscribe: () => () => undefined });

const EVENTS = '/api/v1/workspaces/{ws}/inbox/events' satisfies ApiPath;
/** A stream the browser gave up on (the server answered an error) is tried again at the pace of the polling. */
const REOPEN_MS = 60_000;

export function useInboxLive(workspaceId: string | null): InboxLive {
  const queries = useQueryClient();
  const [state, setState] = useState<StreamState>('connecting');
  const listeners = useRef(new Set<ArrivalListener>());

  useEffect(() => {
    if (workspaceId === null || typeof EventSource === 'undefined') {
      setState('down');
      return;
    }
    const url = origin() + EVENTS.replace('{ws}', encodeURIComponent(workspaceId));
    const refresh = () => {
      void queries.invalidateQueries({ queryKey: ['inbox', workspaceId] });
      void queries.invalidateQueries({ queryKey: ['inbox-counts', workspaceId] });
    };
    let source: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let missed = false;
    const open = () => {
      setState('connecting');
      const current = new EventSource(url);
      source = current;
      current.onopen = () => {
        setState('open');
        // Whatever was stored while the stream was down came without an event.
        if (missed) refresh();
        missed = false;
      };
      // Reconnecting is the browser's own: EventSource retries after the `retry:` delay the server sent (5 s), as
      // often as it takes, so there is no backoff here. Only a stream it closed for good is opened again by us.
      current.onerror = () => {
        const next = afterError(current.readyState === EventSource.CLOSED);
        setState(next.state);
        missed = true;
        if (next.reopen) {
          current.close();
          reopen = setTimeout(open, REOPEN_MS);
        }
      };
      current.addEventListener('engagement.created', (message: MessageEvent<string>) => {
        const event = readEvent('engagement.created', message.data);
        refresh();
        if (event?.type === 'engagement.created') for (const listener of [...listeners.current]) listener(event.ids);
      });
      current.addEventListener('inbox.resync', refresh);
    };
    open();
    return () => {
      clearTimeout(reopen);
      source?.close();
    };
  }, [workspaceId, queries]);

  const subscribe = useCallback((listener: ArrivalListener) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);
  return useMemo(() => ({ state, subscribe }), [state, subscribe]);
}

/**
 * The items that arrived live since the inbox page was opened (in this workspace): new until opened (`seen`) or
 * until they have been shown a while, then they fade.
 */
export function useLiveArrivals(workspaceId: string) {
  const { subscribe } = useContext(InboxLiveContext);
  const [marks, setMarks] = useState<Arrivals>(() => new Map());

  useEffect(() => {
    setMarks(new Map());
    return subscribe((ids) => setMarks((current) => arrive(current, ids, Date.now())));
  }, [subscribe, workspaceId]);

  useEffect(() => {
    const wait = nextFadeIn(marks, Date.now());
    if (wait === null) return;
    const timer = setTimeout(() => setMarks((current) => fade(current, Date.now())), wait);
    return () => clearTimeout(timer);
  }, [marks]);

  return {
    isNew: useCallback((id: string) => marks.has(id), [marks]),
    newCount: marks.size,
    seen: useCallback((id: string) => setMarks((current) => seen(current, id)), []),
  };
}
