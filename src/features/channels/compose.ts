/**
 * The composer's per-channel choices (TikTok audiences, Pinterest boards, YouTube categories…) and creating a
 * Pinterest board from the composer: a stored channel of the workspace → its connector → the network, with the
 * network's refusals turned into answers a person can act on.
 *
 * @example
 * const { options } = await composeOptionsFor(ctx, access, channelId); // options.network === 'tiktok' → audiences
 */
import type { AppContext } from '../../core/context.js';
import { ApiError, invalid, notFound } from '../../core/errors.js';
import { NetworkError, type ComposeChoice, type ComposeOptions } from '../../networks/connector.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { isUuid } from '../workspaces/access.js';
import { auditRepository } from '../audit/repository.js';
import { networkName } from './network-names.js';
import { markNeedsReconnect } from './refresh.js';
import { channelsRepository, type ChannelRow } from './repository.js';
import { channelContext } from './service.js';

async function activeChannel(ctx: AppContext, access: WorkspaceAccess, channelId: string): Promise<ChannelRow> {
  const channel = isUuid(channelId) ? await channelsRepository.find(ctx.database.db, access.workspaceId, channelId) : undefined;
  if (!channel) throw notFound('Channel');
  if (channel.status !== 'active') {
    throw new ApiError(409, 'channel_needs_reconnect', `Reconnect ${channel.handle} first: ${channel.status_reason ?? channel.status}.`, 'channelId');
  }
  return channel;
}

/**
 * A network's refusal as an answer: an auth failure marks the channel for reconnection as the publisher does, a
 * refusal is a 422 with the network's words, a network that cannot be reached a 502.
 */
async function networkFailure(ctx: AppContext, channel: ChannelRow, error: unknown, doing: string): Promise<never> {
  if (!(error instanceof NetworkError)) throw error;
  const name = networkName(channel.network);
  switch (error.kind) {
    case 'rate_limited': {
      const seconds = Math.ceil((error.details.retryAfterMs ?? 60_000) / 1000);
      throw new ApiError(429, 'network_rate_limited', `${name} asks Chorus to slow down; try ${doing} again in ${seconds} s.`, undefined, { retryAfterSeconds: seconds });
    }
    case 'auth':
      await markNeedsReconnect(ctx, channel, error.message);
      throw new ApiError(409, 'channel_needs_reconnect', `${name} no longer accepts ${channel.handle}'s access: ${error.message}`, 'channelId');
    case 'rejected':
    case 'not_found':
      throw invalid('network_refused', `${name} refused ${doing}: ${error.message}`);
    default:
      throw new ApiError(502, 'network_unavailable', `${name} could not be reached for ${doing} (${error.message}); try again shortly.`);
  }
}

/** The channel's choices for the composer; `options: null` for networks that have none to offer. */
export async function composeOptionsFor(
  ctx: AppContext,
  access: WorkspaceAccess,
  channelId: string,
): Promise<{ channelId: string; network: string; options: ComposeOptions | null }> {
  const channel = await activeChannel(ctx, access, channelId);
  const connector = ctx.networks.get(channel.network);
  const load = connector?.composeOptions?.bind(connector);
  if (!load) return { channelId, network: channel.network, options: null };
  try {
    return { channelId, network: channel.network, options: await load(channelContext(ctx, channel)) };
  } catch (error) {
    return networkFailure(ctx, channel, error, `the ${networkName(channel.network)} settings of ${channel.handle}`);
  }
}

/** Creates a board on the channel's account (Pinterest), recorded in the audit log. */
export async function createBoardFor(
  ctx: AppContext,
  access: WorkspaceAccess,
  channelId: string,
  input: { name: string; description?: string; privacy?: 'PUBLIC' | 'SECRET' },
): Promise<ComposeChoice & { privacy: string }> {
  const channel = await activeChannel(ctx, access, channelId);
  const connector = ctx.networks.get(channel.network);
  const create = connector?.createBoard?.bind(connector);
  if (!create) throw invalid('unsupported', `${networkName(channel.network)} has no boards; only Pinterest channels do.`, 'channelId');
  let board;
  try {
    board = await create(channelContext(ctx, channel), input);
  } catch (error) {
    return networkFailure(ctx, channel, error, 'the new board');
  }
  await auditRepository.record(ctx.database.db, {
    workspaceId: access.workspaceId,
    actorUserId: access.userId,
    action: 'channel.board_created',
    targetType: 'channel',
    targetId: channel.id,
    data: { network: channel.network, boardId: board.id, name: board.name },
  });
  return board;
}
