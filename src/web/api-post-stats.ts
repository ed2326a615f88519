/**
 * What a post did once out: each publication's metrics over time, the conversions credited to the post's links, and
 * the results per segment variant.
 * Same conventions as api.ts (typed calls through api/client.ts; types read from the server's OpenAPI document).
 *
 * @example
 *   const { publications } = await postStatsApi.metrics(ws, postId);
 */
import { answer, client } from './api/client';
import type { Answer } from './api/types';

export type PostMetrics = Answer<'/api/v1/workspaces/{ws}/posts/{postId}/metrics', 'get'>;
export type PublicationMetrics = PostMetrics['publications'][number];
export type MetricsPoint = PublicationMetrics['series'][number];
export type ConversionReport = Answer<'/api/v1/workspaces/{ws}/posts/{postId}/conversions', 'get'>;
export type SegmentResults = Answer<'/api/v1/workspaces/{ws}/posts/{postId}/segments', 'get'>;
export type SegmentResult = SegmentResults['segments'][number];

const ofPost = (ws: string, postId: string) => ({ params: { path: { ws, postId } } });

export const postStatsApi = {
  metrics: (ws: string, postId: string) => answer(client.GET('/api/v1/workspaces/{ws}/posts/{postId}/metrics', ofPost(ws, postId))),
  conversions: (ws: string, postId: string) => answer(client.GET('/api/v1/workspaces/{ws}/posts/{postId}/conversions', ofPost(ws, postId))),
  segments: (ws: string, postId: string) => answer(client.GET('/api/v1/workspaces/{ws}/posts/{postId}/segments', ofPost(ws, postId))),
};
