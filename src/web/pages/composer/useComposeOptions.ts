/**
 * Each chosen YouTube, TikTok, Pinterest, Snapchat or LinkedIn channel's choices (`…/compose-options`), one query
 * per channel in the shared query cache: loaded once while the page is open, retried on demand, and a board
 * created from the composer is added to the cached list.
 *
 * @example
 *   const compose = useComposeOptions(workspace.id, chosenChannels);
 *   compose.state[channel.id]?.data // ComposeOptions | null once loaded
 */
import { useCallback } from 'react';
import type { Channel } from '../../api';
import { queryClient, useApiQueries } from '../../api/queries';
import { composeApi, hasComposeOptions, type Board, type ComposeOptions } from '../../api-compose';

export interface LoadedOptions {
  /** undefined while loading; null for a network with nothing to choose. */
  data?: ComposeOptions | null;
  error?: unknown;
}

type Answer = Awaited<ReturnType<typeof composeApi.options>>;
const keyOf = (workspaceId: string, channelId: string) => ['compose-options', workspaceId, channelId];

export function useComposeOptions(workspaceId: string, channels: Channel[]) {
  const wanted = channels.filter((c) => hasComposeOptions(c.network) && c.status === 'active').map((c) => c.id);
  const loaded = useApiQueries(wanted.map((id) => ({ key: keyOf(workspaceId, id), load: () => composeApi.options(workspaceId, id) })));
  const state: Record<string, LoadedOptions> = Object.fromEntries(
    wanted.map((id, i) => {
      const q = loaded[i]!;
      // A retry shows "loading" again rather than the old error.
      return [id, q.data ? { data: q.data.options } : q.error && !q.loading ? { error: q.error } : {}];
    }),
  );
  const retry = useCallback((channelId: string) => void queryClient.refetchQueries({ queryKey: keyOf(workspaceId, channelId), exact: true }), [workspaceId]);

  const addBoard = useCallback(
    (channelId: string, board: Board) =>
      queryClient.setQueryData<Answer>(keyOf(workspaceId, channelId), (answer) =>
        answer?.options?.network === 'pinterest' ? { ...answer, options: { ...answer.options, boards: [...answer.options.boards, board] } } : answer,
      ),
    [workspaceId],
  );

  return { state, retry, addBoard };
}
