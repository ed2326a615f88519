/**
 * What a post did once out: each publication's metrics over time, the conversions credited to the post's links, and
 * the results per segment variant, and its experiment (variants tested over several slots).
 * Same conventions as api.ts (typed calls through api/client.ts; types read from the server's OpenAPI document).
 *
 * @example
 *   const { publications } = await postStatsApi.metrics(ws, postId);
 */
import { answer, client } from './api/client';
import type { Answer, Input } from './api/types';

export type PostMetrics = Answer<'/api/v1/workspaces/{ws}/posts/{postId}/metrics', 'get'>;
export type PublicationMetrics = PostMetrics['publications'][number];
export type MetricsPoint = PublicationMetrics['series'][number];
export type ConversionReport = Answer<'/api/v1/workspaces/{ws}/posts/{postId}/conversions', 'get'>;
export type SegmentResults = Answer<'/api/v1/workspaces/{ws}/posts/{postId}/segments', 'get'>;
export type SegmentResult = SegmentResults['segments'][number];
export type ExperimentReport = Answer<'/api/v1/workspaces/{ws}/posts/{postId}/experiment', 'get'>;
export type ExperimentInput = Input<'/api/v1/workspaces/{ws}/posts/{postId}/experiment', 'post'>;

const ofPost = (ws: string, postId: string) => ({ params: { path: { ws, postId } } });

export const postStatsApi = {
  metrics: (ws: string, postId: string) => answer(client.GET('/api/v1/workspaces/{ws}/posts/{postId}/metrics', ofPost(ws, postId))),
  conversions: (ws: string, postId: string) => answer(client.GET('/api/v1/workspaces/{ws}/posts/{postId}/conversions', ofPost(ws, postId))),
  segments: (ws: string, postId: string) => answer(client.GET('/api/v1/workspaces/{ws}/posts/{postId}/segments', ofPost(ws, postId))),
  experiment: (ws: string, postId: string) => answer(client.GET('/api/v1/workspaces/{ws}/posts/{postId}/experiment', ofPost(ws, postId))),
  startExperiment: (ws: string, postId: string, body: ExperimentInput) =>
    answer(client.POST('/api/v1/workspaces/{ws}/posts/{postId}/experiment', { ...ofPost(ws, postId), body })),
};
