/**
 * Loads each chosen YouTube, TikTok, Pinterest or Snapchat channel's choices once (`…/compose-options`), keeps them
 * while the page is open, and lets a failed load be retried or a new board be added.
 *
 * @example
 *   const compose = useComposeOptions(workspace.id, chosenChannels);
 *   compose.state[channel.id]?.data // ComposeOptions | null once loaded
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Channel } from '../../api';
import { composeApi, hasComposeOptions, type Board, type ComposeOptions } from '../../api-compose';

export interface LoadedOptions {
  /** undefined while loading; null for a network with nothing to choose. */
  data?: ComposeOptions | null;
  error?: unknown;
}

export function useComposeOptions(workspaceId: string, channels: Channel[]) {
  const [state, setState] = useState<Record<string, LoadedOptions>>({});
  const asked = useRef(new Set<string>());
  const wanted = channels.filter((c) => hasComposeOptions(c.network) && c.status === 'active').map((c) => c.id);

  const load = useCallback(
    (channelId: string) => {
      asked.current.add(channelId);
      setState((s) => ({ ...s, [channelId]: {} }));
      composeApi.options(workspaceId, channelId).then(
        (answer) => setState((s) => ({ ...s, [channelId]: { data: answer.options } })),
        (error: unknown) => setState((s) => ({ ...s, [channelId]: { error } })),
      );
    },
    [workspaceId],
  );

  useEffect(() => {
    for (const id of wanted) if (!asked.current.has(id)) load(id);
  }, [wanted.join(), load]); // eslint-disable-line react-hooks/exhaustive-deps

  const addBoard = useCallback((channelId: string, board: Board) => {
    setState((s) => {
      const data = s[channelId]?.data;
      if (data?.network !== 'pinterest') return s;
      return { ...s, [channelId]: { data: { ...data, boards: [...data.boards, board] } } };
    });
  }, []);

  return { state, retry: load, addBoard };
}
