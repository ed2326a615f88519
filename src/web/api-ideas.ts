/**
 * The ideas board. Same conventions as api.ts (typed calls through api/client.ts; every type is read from the
 * server's OpenAPI document).
 */
import { answer, client, done } from './api/client';
import type { Answer, Input } from './api/types';

export type Idea = Answer<'/api/v1/workspaces/{ws}/ideas', 'get'>['ideas'][number];
export type IdeaStage = Idea['stage'];
export type IdeaInput = Input<'/api/v1/workspaces/{ws}/ideas', 'post'>;
export type IdeaChanges = Input<'/api/v1/workspaces/{ws}/ideas/{ideaId}', 'patch'>;

const inIdea = (ws: string, ideaId: string) => ({ params: { path: { ws, ideaId } } });

export const ideasApi = {
  list: (ws: string, query: { q?: string; tag?: string } = {}) => answer(client.GET('/api/v1/workspaces/{ws}/ideas', { params: { path: { ws }, query } })),
  create: (ws: string, body: IdeaInput) => answer(client.POST('/api/v1/workspaces/{ws}/ideas', { params: { path: { ws } }, body })),
  update: (ws: string, ideaId: string, body: IdeaChanges) => answer(client.PATCH('/api/v1/workspaces/{ws}/ideas/{ideaId}', { ...inIdea(ws, ideaId), body })),
  remove: (ws: string, ideaId: string) => done(client.DELETE('/api/v1/workspaces/{ws}/ideas/{ideaId}', inIdea(ws, ideaId))),
  toPost: (ws: string, ideaId: string) => answer(client.POST('/api/v1/workspaces/{ws}/ideas/{ideaId}/post', { ...inIdea(ws, ideaId), body: {} })),
};
