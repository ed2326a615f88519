/**
 * The media library as a page shows it: the first page from the query cache (shared with the composer's picker),
 * further pages appended on "Load more", and everything started again when a filter changes. The library's tag and
 * missing-alt counts come with the first page only, so `page` (what the toolbar reads them from) stays that page.
 */
import { useEffect, useState } from 'react';
import { mediaApi, type LibraryItem, type LibraryPage, type LibraryQuery } from '../../api-media';
import { useApiQuery } from '../../api/queries';

export interface LibraryFilters {
  q: string;
  tag: string;
  kind: '' | 'image' | 'video';
  missingAlt: boolean;
}

export const NO_FILTERS: LibraryFilters = { q: '', tag: '', kind: '', missingAlt: false };

export function libraryQuery(f: LibraryFilters): LibraryQuery {
  return {
    ...(f.q.trim() ? { q: f.q.trim() } : {}),
    ...(f.tag ? { tag: f.tag } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.missingAlt ? { missingAlt: 'true' as const } : {}),
  };
}

export function useLibrary(workspaceId: string, filters: LibraryFilters) {
  const query = libraryQuery(filters);
  const first = useApiQuery(['media-library', workspaceId, query], () => mediaApi.list(workspaceId, query));
  const [more, setMore] = useState<{ items: LibraryItem[]; cursor: string | null } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const key = JSON.stringify(query);
  // A new filter or a reload starts from the first page again.
  useEffect(() => setMore(null), [key, first.data]);

  async function loadMore(page: LibraryPage) {
    const cursor = more ? more.cursor : page.nextCursor;
    if (!cursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const next = await mediaApi.list(workspaceId, { ...query, cursor });
      setMore((m) => ({ items: [...(m?.items ?? []), ...next.items], cursor: next.nextCursor }));
    } catch (e) {
      setMoreError(e);
    } finally {
      setLoadingMore(false);
    }
  }

  const page = first.data;
  return {
    page,
    items: page ? [...page.items, ...(more?.items ?? [])] : [],
    hasMore: page ? (more ? more.cursor !== null : page.nextCursor !== null) : false,
    loading: first.loading && !page,
    error: first.error ?? moreError,
    loadingMore,
    loadMore: () => (page ? void loadMore(page) : undefined),
    reload: first.reload,
  };
}
