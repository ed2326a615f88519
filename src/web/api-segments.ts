/**
 * Audience segments: named conditions of the audience language, their presets, and what each means per channel.
 * Same conventions as api.ts (typed calls through api/client.ts; every type is read from the server's OpenAPI document).
 */
import { answer, client, done } from './api/client';
import type { Answer, Input } from './api/types';

export type Segment = Answer<'/api/v1/workspaces/{ws}/segments', 'get'>['segments'][number];
export type SegmentDetail = Answer<'/api/v1/workspaces/{ws}/segments/{segmentId}', 'get'>;
export type ChannelReach = SegmentDetail['channels'][number];
export type SegmentPreset = Answer<'/api/v1/workspaces/{ws}/segments/presets', 'get'>['presets'][number];
export type SegmentInput = Input<'/api/v1/workspaces/{ws}/segments', 'post'>;
export type SegmentChanges = Input<'/api/v1/workspaces/{ws}/segments/{segmentId}', 'patch'>;

const inWs = (ws: string) => ({ params: { path: { ws } } });
const inSegment = (ws: string, segmentId: string) => ({ params: { path: { ws, segmentId } } });

export const segmentsApi = {
  list: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/segments', inWs(ws))),
  presets: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/segments/presets', inWs(ws))),
  get: (ws: string, segmentId: string) => answer(client.GET('/api/v1/workspaces/{ws}/segments/{segmentId}', inSegment(ws, segmentId))),
  create: (ws: string, body: SegmentInput) => answer(client.POST('/api/v1/workspaces/{ws}/segments', { ...inWs(ws), body })),
  update: (ws: string, segmentId: string, body: SegmentChanges) =>
    answer(client.PATCH('/api/v1/workspaces/{ws}/segments/{segmentId}', { ...inSegment(ws, segmentId), body })),
  remove: (ws: string, segmentId: string) => done(client.DELETE('/api/v1/workspaces/{ws}/segments/{segmentId}', inSegment(ws, segmentId))),
};
