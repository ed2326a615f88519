/** Optional writing help (rewrites from the operator's model). Same conventions as api.ts. */
import { answer, client } from './api/client';
import type { Answer, Input } from './api/types';

export type RewriteInput = Input<'/api/v1/workspaces/{ws}/writing-help/rewrites', 'post'>;
export type Rewrites = Answer<'/api/v1/workspaces/{ws}/writing-help/rewrites', 'post'>;

export const writingHelpApi = {
  status: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/writing-help', { params: { path: { ws } } })),
  rewrites: (ws: string, body: RewriteInput) => answer(client.POST('/api/v1/workspaces/{ws}/writing-help/rewrites', { params: { path: { ws } }, body })),
};
