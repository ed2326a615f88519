/**
 * The composer's per-channel choices: what only the network knows (TikTok's audiences from creator_info, the
 * Pinterest account's boards, YouTube's categories and longest upload, Snapchat's kinds of post), and creating a
 * Pinterest board from the board picker. The types are read from the server's OpenAPI document.
 *
 * @example
 *   const { options } = await composeApi.options(workspaceId, channelId);
 *   if (options?.network === 'tiktok') show(options.privacyLevelOptions);
 */
import { answer, client } from './api/client';
import type { Answer, Input } from './api/types';

export type ComposeOptions = NonNullable<Answer<'/api/v1/workspaces/{ws}/channels/{channelId}/compose-options', 'get'>['options']>;
export type Board = Answer<'/api/v1/workspaces/{ws}/channels/{channelId}/boards', 'post'>;
export type Choice = Extract<ComposeOptions, { network: 'youtube' }>['categories'][number];

/** The networks whose channels have choices in the composer. */
export const OPTION_NETWORKS = ['youtube', 'tiktok', 'pinterest', 'snapchat', 'linkedin'] as const satisfies readonly ComposeOptions['network'][];
export type OptionNetwork = (typeof OPTION_NETWORKS)[number];

export function hasComposeOptions(network: string): network is OptionNetwork {
  return (OPTION_NETWORKS as readonly string[]).includes(network);
}

const channel = (ws: string, channelId: string) => ({ params: { path: { ws, channelId } } });

export const composeApi = {
  options: (ws: string, channelId: string) =>
    answer(client.GET('/api/v1/workspaces/{ws}/channels/{channelId}/compose-options', channel(ws, channelId))),
  createBoard: (ws: string, channelId: string, body: Input<'/api/v1/workspaces/{ws}/channels/{channelId}/boards', 'post'>) =>
    answer(client.POST('/api/v1/workspaces/{ws}/channels/{channelId}/boards', { ...channel(ws, channelId), body })),
};
