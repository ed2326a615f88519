/**
 * The media library: uploads with their copies, where they are used, tags and search. Same conventions as api.ts
 * (typed calls through api/client.ts; every type is read from the server's OpenAPI document).
 */
import { answer, client, done } from './api/client';
import type { Answer, Input, Query } from './api/types';

export type LibraryPage = Answer<'/api/v1/workspaces/{ws}/media', 'get'>;
export type LibraryItem = LibraryPage['items'][number];
export type LibraryQuery = Query<'/api/v1/workspaces/{ws}/media', 'get'>;
export type MediaChanges = Input<'/api/v1/workspaces/{ws}/media/{mediaId}', 'patch'>;

const inMedia = (ws: string, mediaId: string) => ({ params: { path: { ws, mediaId } } });

export const mediaApi = {
  list: (ws: string, query: LibraryQuery = {}) => answer(client.GET('/api/v1/workspaces/{ws}/media', { params: { path: { ws }, query } })),
  update: (ws: string, mediaId: string, body: MediaChanges) => answer(client.PATCH('/api/v1/workspaces/{ws}/media/{mediaId}', { ...inMedia(ws, mediaId), body })),
  remove: (ws: string, mediaId: string) => done(client.DELETE('/api/v1/workspaces/{ws}/media/{mediaId}', inMedia(ws, mediaId))),
};
