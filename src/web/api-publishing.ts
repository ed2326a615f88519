/**
 * The workspace's publishing switch: whether publishing is paused (since when, by whom, why), pause with a reason,
 * resume. Same conventions as api.ts (typed calls through api/client.ts; every type is read from the server's
 * OpenAPI document).
 *
 * @example
 *   const state = await publishingApi.state(workspaceId); // { paused, since, by, reason }
 *   await publishingApi.pause(workspaceId, 'Breaking news: holding the campaign');
 */
import { answer, client } from './api/client';
import type { Answer } from './api/types';

export type PublishingState = Answer<'/api/v1/workspaces/{ws}/publishing', 'get'>;

const at = (ws: string) => ({ params: { path: { ws } } });

export const publishingApi = {
  state: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/publishing', at(ws))),
  pause: (ws: string, reason: string) => answer(client.POST('/api/v1/workspaces/{ws}/publishing/pause', { ...at(ws), body: { reason } })),
  resume: (ws: string) => answer(client.POST('/api/v1/workspaces/{ws}/publishing/resume', at(ws))),
};
