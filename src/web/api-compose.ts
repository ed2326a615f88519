/**
 * The composer's per-channel choices: what only the network knows (TikTok's audiences from creator_info, the
 * Pinterest account's boards, YouTube's categories and longest upload, Snapchat's kinds of post), and creating a
 * Pinterest board from the board picker.
 *
 * @example
 *   const { options } = await composeApi.options(workspaceId, channelId);
 *   if (options?.network === 'tiktok') show(options.privacyLevelOptions);
 */
import { request } from './api';

export interface Choice {
  id: string;
  name: string;
}

export interface Board extends Choice {
  privacy: string;
}

export type ComposeOptions =
  | {
      network: 'youtube';
      privacyOptions: string[];
      defaultPrivacy: string;
      categories: Choice[];
      defaultCategoryId: string;
      channelMadeForKids: boolean | null;
      maxTitleLength: number;
      maxDurationSeconds: number | null;
    }
  | {
      network: 'tiktok';
      privacyLevelOptions: string[];
      commentDisabled: boolean;
      duetDisabled: boolean;
      stitchDisabled: boolean;
      maxDurationSeconds: number | null;
      creator: string | null;
    }
  | { network: 'pinterest'; boards: Board[]; canCreateBoard: boolean; maxTitleLength: number }
  | { network: 'snapchat'; kinds: string[]; maxTitleLength: number; maxDescriptionLength: number; minDurationSeconds: number; maxDurationSeconds: number };

/** The networks whose channels have choices in the composer. */
export const OPTION_NETWORKS = ['youtube', 'tiktok', 'pinterest', 'snapchat'] as const;
export type OptionNetwork = (typeof OPTION_NETWORKS)[number];

export function hasComposeOptions(network: string): network is OptionNetwork {
  return (OPTION_NETWORKS as readonly string[]).includes(network);
}

const channelPath = (workspaceId: string, channelId: string) =>
  `/workspaces/${encodeURIComponent(workspaceId)}/channels/${encodeURIComponent(channelId)}`;

export const composeApi = {
  options: (workspaceId: string, channelId: string) =>
    request<{ channelId: string; network: string; options: ComposeOptions | null }>('GET', `${channelPath(workspaceId, channelId)}/compose-options`),
  createBoard: (workspaceId: string, channelId: string, input: { name: string; privacy?: 'PUBLIC' | 'SECRET' }) =>
    request<Board>('POST', `${channelPath(workspaceId, channelId)}/boards`, input),
};
