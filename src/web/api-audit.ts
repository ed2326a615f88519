/**
 * The workspace's audit log and its UTM conventions. Same conventions as api.ts (typed calls through api/client.ts;
 * every type is read from the server's OpenAPI document).
 */
import { answer, client } from './api/client';
import type { Answer, Input, Query } from './api/types';

export type AuditPage = Answer<'/api/v1/workspaces/{ws}/audit', 'get'>;
export type AuditEntry = AuditPage['entries'][number];
export type AuditQuery = Query<'/api/v1/workspaces/{ws}/audit', 'get'>;
/** One action code the server may write, as its OpenAPI document lists them. */
export type AuditActionCode = Extract<NonNullable<AuditQuery['action']>, string>;
export type UtmTemplate = Answer<'/api/v1/workspaces/{ws}/utm-template', 'get'>;

const inWs = (ws: string) => ({ params: { path: { ws } } });

export const auditApi = {
  list: (ws: string, query: AuditQuery) => answer(client.GET('/api/v1/workspaces/{ws}/audit', { params: { path: { ws }, query } })),
  utmTemplate: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/utm-template', inWs(ws))),
  setUtmTemplate: (ws: string, body: Input<'/api/v1/workspaces/{ws}/utm-template', 'put'>) =>
    answer(client.PUT('/api/v1/workspaces/{ws}/utm-template', { ...inWs(ws), body })),
};
