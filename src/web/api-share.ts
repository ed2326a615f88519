/**
 * Share previews: a page's card as the networks will show it, and the audit of what the page lacks.
 * Same conventions as api.ts (typed calls through api/client.ts; every type is read from the server's OpenAPI document).
 */
import { answer, client } from './api/client';
import type { Answer } from './api/types';

export type LinkPreview = Answer<'/api/v1/workspaces/{ws}/link-preview', 'get'>;
export type ShareFinding = LinkPreview['findings'][number];

export const shareApi = {
  preview: (ws: string, url: string) => answer(client.GET('/api/v1/workspaces/{ws}/link-preview', { params: { path: { ws }, query: { url } } })),
};
