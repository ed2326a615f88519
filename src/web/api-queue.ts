/**
 * The calls of a channel's queue slots and best times, typed from the server's OpenAPI document (api/schema.d.ts).
 *
 * @example
 *   const { slots, timeZone } = await queueApi.get(workspaceId, channelId);
 */
import { answer, client, withForm } from './api/client';
import type { Answer, Input } from './api/types';
import type { Publication } from './api';

export type ChannelQueue = Answer<'/api/v1/workspaces/{ws}/channels/{channelId}/queue', 'get'>;
export type QueueSlot = ChannelQueue['slots'][number];
export type BestTimes = Answer<'/api/v1/workspaces/{ws}/channels/{channelId}/best-times', 'get'>;
export type BestTimeSlot = BestTimes['slots'][number];
export type HistoryImport = Answer<'/api/v1/workspaces/{ws}/channels/{channelId}/history', 'post'>;
/** Why Chorus chose a publication's time (its queue, its best time). */
export type DueReason = NonNullable<Publication['dueReason']>;

const channel = (ws: string, channelId: string) => ({ params: { path: { ws, channelId } } });

export const queueApi = {
  get: (ws: string, channelId: string) => answer(client.GET('/api/v1/workspaces/{ws}/channels/{channelId}/queue', channel(ws, channelId))),
  put: (ws: string, channelId: string, body: Input<'/api/v1/workspaces/{ws}/channels/{channelId}/queue', 'put'>) =>
    answer(client.PUT('/api/v1/workspaces/{ws}/channels/{channelId}/queue', { ...channel(ws, channelId), body })),
  /** All 168 weekday × hour slots of the channel's week, best first, on its audience clock. */
  bestTimes: (ws: string, channelId: string) =>
    answer(
      client.GET('/api/v1/workspaces/{ws}/channels/{channelId}/best-times', {
        params: { path: { ws, channelId }, query: { count: 168 } },
      }),
    ),
  /** A CSV of the channel's past posts (published_at, impressions, engagements, clicks?), which the best times learn from. */
  importHistory: (ws: string, channelId: string, file: File) => {
    const form = new FormData();
    form.set('file', file);
    return answer(client.POST('/api/v1/workspaces/{ws}/channels/{channelId}/history', { ...channel(ws, channelId), middleware: withForm(form) }));
  },
};
