/**
 * The inbox page's data: the filtered items (page by page, newest first or oldest open first), the selected item,
 * what the controls need (channels, members, saved replies), and the actions, each of which reloads the list and
 * the navigation's count. Items that arrived live are marked new until opened. The list reloads on each live event and
 * polls only while the stream is down. Keyboard: j/k move, r goes to the reply box, e marks done — never while typing.
 */
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../api';
import { accessApi } from '../../api-access';
import { inboxApi, type InboxChange, type InboxItem, type InboxQuery } from '../../api-inbox';
import { useApiQuery } from '../../api/queries';
import { useWorkspace } from '../../session';
import { can } from '../../lib/roles';
import { groupByPost, isTyping } from './threads';
import { pollEvery } from './live';
import { POLL_MS } from './useInboxCount';
import { InboxLiveContext, useLiveArrivals } from './useInboxLive';

export type { PostGroup } from './threads';

export type InboxFilters = Omit<InboxQuery, 'before' | 'limit'>;

const PAGE = 50;

export function useInbox() {
  const workspace = useWorkspace();
  const ws = workspace.id;
  const queries = useQueryClient();
  const [filters, setFilters] = useState<InboxFilters>({ order: 'newest' });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // A shortcut has no form to show its failure under: the page shows it.
  const [shortcutError, setShortcutError] = useState<unknown>(null);
  const replyBox = useRef<HTMLTextAreaElement>(null);
  const stream = useContext(InboxLiveContext).state;
  const arrivals = useLiveArrivals(ws);

  const list = useInfiniteQuery({
    queryKey: ['inbox', ws, filters],
    queryFn: ({ pageParam }) => inboxApi.list(ws, { ...filters, limit: PAGE, ...(pageParam ? { before: pageParam } : {}) }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    refetchInterval: pollEvery(stream, POLL_MS),
  });
  const items = useMemo(() => list.data?.pages.flatMap((p) => p.engagements) ?? [], [list.data]);
  // The list as threaded on screen, so j/k walk it in the order a person reads it.
  const groups = useMemo(() => groupByPost(items), [items]);
  const ordered = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const selected = ordered.find((i) => i.id === selectedId) ?? null;
  const { seen } = arrivals;
  const select = useCallback((id: string | null) => {
    setSelectedId(id);
    if (id) seen(id);
  }, [seen]);

  const channels = useApiQuery(['channels', ws], () => api.listChannels(ws));
  const team = useApiQuery(['members', ws], () => accessApi.listTeam(ws));
  const savedReplies = useApiQuery(['saved-replies', ws], () => inboxApi.savedReplies(ws));
  const members = (team.data?.members ?? []).filter((m) => m.status === 'active');

  const refresh = useCallback(() => {
    void queries.invalidateQueries({ queryKey: ['inbox', ws] });
    void queries.invalidateQueries({ queryKey: ['inbox-counts', ws] });
  }, [queries, ws]);

  const update = useCallback(async (id: string, change: InboxChange) => {
    await inboxApi.update(ws, id, change);
    refresh();
  }, [ws, refresh]);

  const move = useCallback(
    (step: number) => {
      if (ordered.length === 0) return;
      const at = ordered.findIndex((i) => i.id === selectedId);
      const next = at === -1 ? 0 : Math.min(ordered.length - 1, Math.max(0, at + step));
      select(ordered[next]!.id);
    },
    [ordered, selectedId, select],
  );

  const editor = can.workInbox(workspace.role);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event)) return;
      if (event.key === 'j') move(1);
      else if (event.key === 'k') move(-1);
      else if (event.key === 'r' && selected && can.replyInInbox(workspace.role)) {
        event.preventDefault();
        replyBox.current?.focus();
      } else if (event.key === 'e' && selected && editor && selected.status !== 'done') {
        setShortcutError(null);
        update(selected.id, { status: 'done' }).catch(setShortcutError);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [move, selected, editor, update, workspace.role]);

  return {
    workspaceId: ws,
    editor,
    canReply: can.replyInInbox(workspace.role),
    filters,
    setFilters: (next: InboxFilters) => {
      setFilters(next);
      setSelectedId(null);
    },
    list,
    shortcutError,
    groups,
    selected,
    select,
    stream,
    isNew: arrivals.isNew,
    newCount: arrivals.newCount,
    channels: channels.data?.channels ?? [],
    members,
    savedReplies,
    replyBox,
    update,
    refresh,
  };
}

export type Inbox = ReturnType<typeof useInbox>;
