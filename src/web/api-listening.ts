/**
 * A workspace's listening queries and what each found. Same conventions as api.ts (typed calls through api/client.ts;
 * every type is read from the server's OpenAPI document).
 *
 * @example
 *   const { queries } = await listeningApi.list(workspaceId);
 *   await listeningApi.create(workspaceId, { name: 'Brand', keywords: ['chorus'], channelIds: [channelId] });
 */
import { answer, client, done } from './api/client';
import type { Answer, Input } from './api/types';

export type ListeningQuery = Answer<'/api/v1/workspaces/{ws}/listening-queries', 'get'>['queries'][number];
export type ListeningQueryInput = Input<'/api/v1/workspaces/{ws}/listening-queries', 'post'>;
export type ListeningMatch = Answer<'/api/v1/workspaces/{ws}/listening-queries/{queryId}/matches', 'get'>['matches'][number];

const at = (ws: string, queryId: string) => ({ params: { path: { ws, queryId } } });

export const listeningApi = {
  list: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/listening-queries', { params: { path: { ws } } })),
  create: (ws: string, body: ListeningQueryInput) => answer(client.POST('/api/v1/workspaces/{ws}/listening-queries', { params: { path: { ws } }, body })),
  update: (ws: string, queryId: string, body: Partial<ListeningQueryInput>) =>
    answer(client.PATCH('/api/v1/workspaces/{ws}/listening-queries/{queryId}', { ...at(ws, queryId), body })),
  remove: (ws: string, queryId: string) => done(client.DELETE('/api/v1/workspaces/{ws}/listening-queries/{queryId}', at(ws, queryId))),
  matches: (ws: string, queryId: string) =>
    answer(client.GET('/api/v1/workspaces/{ws}/listening-queries/{queryId}/matches', { params: { path: { ws, queryId }, query: { limit: 10 } } })),
};

/** The networks whose channels can search (the server refuses the others with `listening_channel_unsupported`). */
export const SEARCHABLE_NETWORKS: readonly string[] = ['bluesky', 'mastodon', 'x'];
