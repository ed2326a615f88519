/**
 * `GET /api/v1/workspaces/{ws}/campaigns/{campaignId}/report` (viewers and above): the campaign's funnel, impressions →
 * engagements → clicks → leads → sales, in total and by network, channel, segment and post, with reach, engagement
 * rate, conversion values per currency, shares from cascades and K-factor.
 */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { reportOfCampaign } from '../service.js';
import { Campaign, publicCampaign } from './schemas.js';

const ConversionGroup = z.object({ count: z.number(), values: z.array(z.object({ currency: z.string(), sum: z.string().describe('Exact decimal') })) });

const Figures = z.object({
  publications: z.number(),
  links: z.number(),
  reach: z.number().nullable(),
  impressions: z.number().nullable(),
  engagements: z.number(),
  engagementRate: z.number().nullable().describe('engagements ÷ impressions (or ÷ reach); null without either'),
  clicks: z.number().describe('Human clicks on its links'),
  leads: ConversionGroup.describe('Conversions without a value and not named sale/purchase/order'),
  sales: ConversionGroup.describe('Conversions with a value, or named sale/purchase/order'),
  shares: z.number().describe('Visitors whose shared URL brought a visit'),
  kFactor: z.number().describe('Visits each visitor passed on'),
});

const Row = Figures.extend({
  key: z.string().nullable().describe('Network, channel, segment or post id; null: none'),
  label: z.string().nullable(),
});

export const CampaignReport = z.object({
  campaign: Campaign,
  total: Figures,
  funnel: z.array(z.object({ stage: z.enum(['impressions', 'engagements', 'clicks', 'leads', 'sales']), value: z.number() })),
  byNetwork: z.array(Row),
  byChannel: z.array(Row),
  bySegment: z.array(Row),
  byPost: z.array(Row),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/campaigns/:campaignId/report',
      role: 'viewer',
      ids: { campaignId: 'Campaign' },
      schema: { tags: ['campaigns'], summary: "A campaign's funnel and breakdowns", response: { 200: CampaignReport } },
    },
    async ({ access, params }) => {
      const { campaign, report } = await reportOfCampaign(ctx, access, params.campaignId);
      return { campaign: publicCampaign(campaign), ...report };
    },
  );
};

export default route;
