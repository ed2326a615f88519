/**
 * RSS/Atom feeds posted on channels: their list, changes and the preview of their next posts. Same conventions as
 * api.ts (typed calls through api/client.ts; every type is read from the server's OpenAPI document).
 */
import { answer, client, done } from './api/client';
import type { Answer, Input } from './api/types';

export type Feed = Answer<'/api/v1/workspaces/{ws}/feeds', 'get'>['feeds'][number];
export type FeedInput = Input<'/api/v1/workspaces/{ws}/feeds', 'post'>;
export type FeedChanges = Input<'/api/v1/workspaces/{ws}/feeds/{feedId}', 'patch'>;
export type FeedCheck = Answer<'/api/v1/workspaces/{ws}/feeds/{feedId}/check', 'post'>;
export type FeedMode = Feed['mode'];

export const FEED_MODES: FeedMode[] = ['publish', 'queue', 'draft'];

const inFeed = (ws: string, feedId: string) => ({ params: { path: { ws, feedId } } });

export const feedsApi = {
  list: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/feeds', { params: { path: { ws } } })),
  create: (ws: string, body: FeedInput) => answer(client.POST('/api/v1/workspaces/{ws}/feeds', { params: { path: { ws } }, body })),
  update: (ws: string, feedId: string, body: FeedChanges) => answer(client.PATCH('/api/v1/workspaces/{ws}/feeds/{feedId}', { ...inFeed(ws, feedId), body })),
  remove: (ws: string, feedId: string) => done(client.DELETE('/api/v1/workspaces/{ws}/feeds/{feedId}', inFeed(ws, feedId))),
  check: (ws: string, feedId: string) => answer(client.POST('/api/v1/workspaces/{ws}/feeds/{feedId}/check', inFeed(ws, feedId))),
};
