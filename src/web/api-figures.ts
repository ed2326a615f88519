/**
 * Team figures: the inbox's business hours and the figures counted in them. Same conventions as api.ts (typed calls
 * through api/client.ts; every type is read from the server's OpenAPI document).
 */
import { answer, client } from './api/client';
import type { Answer, Input, Query } from './api/types';

export type TeamFigures = Answer<'/api/v1/workspaces/{ws}/inbox/figures', 'get'>;
export type FiguresQuery = Query<'/api/v1/workspaces/{ws}/inbox/figures', 'get'>;
export type BusinessHours = Answer<'/api/v1/workspaces/{ws}/inbox/business-hours', 'get'>;
export type BusinessHoursInput = Input<'/api/v1/workspaces/{ws}/inbox/business-hours', 'put'>;

const inWs = (ws: string) => ({ params: { path: { ws } } });

export const figuresApi = {
  figures: (ws: string, query: FiguresQuery) => answer(client.GET('/api/v1/workspaces/{ws}/inbox/figures', { params: { path: { ws }, query } })),
  hours: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/inbox/business-hours', inWs(ws))),
  saveHours: (ws: string, body: BusinessHoursInput) => answer(client.PUT('/api/v1/workspaces/{ws}/inbox/business-hours', { ...inWs(ws), body })),
};
