/**
 * Campaigns: their list, one campaign's funnel report, and their changes. Same conventions as api.ts (typed calls
 * through api/client.ts; every type is read from the server's OpenAPI document).
 */
import { answer, client, done } from './api/client';
import type { Answer, Input } from './api/types';

export type Campaign = Answer<'/api/v1/workspaces/{ws}/campaigns', 'get'>['campaigns'][number];
export type CampaignReport = Answer<'/api/v1/workspaces/{ws}/campaigns/{campaignId}/report', 'get'>;
export type CampaignRow = CampaignReport['byPost'][number];
export type CampaignInput = Input<'/api/v1/workspaces/{ws}/campaigns', 'post'>;
export type CampaignChanges = Input<'/api/v1/workspaces/{ws}/campaigns/{campaignId}', 'patch'>;

const inCampaign = (ws: string, campaignId: string) => ({ params: { path: { ws, campaignId } } });

export const campaignsApi = {
  list: (ws: string, archived = false) =>
    answer(client.GET('/api/v1/workspaces/{ws}/campaigns', { params: { path: { ws }, query: archived ? { archived: 'true' } : {} } })),
  report: (ws: string, campaignId: string) => answer(client.GET('/api/v1/workspaces/{ws}/campaigns/{campaignId}/report', inCampaign(ws, campaignId))),
  create: (ws: string, body: CampaignInput) => answer(client.POST('/api/v1/workspaces/{ws}/campaigns', { params: { path: { ws } }, body })),
  update: (ws: string, campaignId: string, body: CampaignChanges) =>
    answer(client.PATCH('/api/v1/workspaces/{ws}/campaigns/{campaignId}', { ...inCampaign(ws, campaignId), body })),
  remove: (ws: string, campaignId: string) => done(client.DELETE('/api/v1/workspaces/{ws}/campaigns/{campaignId}', inCampaign(ws, campaignId))),
};
