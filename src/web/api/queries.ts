/**
 * Server state lives in one TanStack Query cache: a page asks for data under a key naming what it is (the workspace's
 * channels, one post…), pages asking for the same thing share one request and one answer, and `reload` refetches.
 * The cache is emptied whenever the session changes, so a person never sees what the previous one loaded.
 *
 * @example
 *   const channels = useApiQuery(['channels', ws.id], () => api.listChannels(ws.id));
 *   if (channels.data) ...; channels.reload();
 */
import { QueryClient, useQueries, useQuery, type QueryKey } from '@tanstack/react-query';
import { useCallback } from 'react';
import { onSessionChange } from '../http';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // An API error is an answer (not found, forbidden, signed out) that a retry would only delay on screen.
      retry: false,
      // Pages reload what they show when they open or after a change; a window regaining focus is neither.
      refetchOnWindowFocus: false,
    },
  },
});

onSessionChange(() => queryClient.clear());

/** What a page shows from a query: the last data (kept while reloading or after a failed reload), the error. */
export interface Loaded<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** Loads `load` under `key` (which must name everything the answer depends on) and reloads it on demand. */
export function useApiQuery<T>(key: QueryKey, load: () => Promise<T>): Loaded<T> {
  const query = useQuery({ queryKey: key, queryFn: load });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  return { data: query.data ?? null, error: query.error, loading: query.isFetching, reload };
}

/**
 * One query per item of a list that changes (the chosen channels): each loads once under its own key and is kept in
 * the cache, so choosing an account again costs no request; `reload(i)` asks for one again.
 *
 * @example
 *   const options = useApiQueries(channels.map((c) => ({ key: ['compose-options', ws, c.id], load: () => load(c.id) })));
 */
export function useApiQueries<T>(queries: Array<{ key: QueryKey; load: () => Promise<T> }>): Array<Loaded<T>> {
  const results = useQueries({ queries: queries.map((q) => ({ queryKey: q.key, queryFn: q.load })) });
  return results.map((r, i) => ({
    data: r.data ?? null,
    error: r.error,
    loading: r.isFetching,
    reload: () => void queryClient.refetchQueries({ queryKey: queries[i]!.key, exact: true }),
  }));
}
