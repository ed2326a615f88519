/** Shapes of the campaigns API (they drive the OpenAPI document). */
import { z } from 'zod';
import { ErrorBody, IsoDate, Text } from '../../../core/http.js';
import type { CampaignRow } from '../repository.js';

const Name = Text.pipe(z.string().trim().min(1, { error: 'Name the campaign.' }).max(200, { error: 'Keep the name under 200 characters.' }));
const Goal = z.enum(['awareness', 'traffic', 'leads']).describe('What the campaign is for: being seen, visits, or leads and sales');
const UtmCampaign = Text.pipe(z.string().trim().max(200, { error: 'Keep the UTM name under 200 characters.' }))
  .optional()
  .describe('utm_campaign of its tracked links; empty or absent: a slug of the name');

export const CampaignInput = z.object({
  name: Name,
  goal: Goal,
  startsAt: IsoDate.describe('When it starts (UTC instant)'),
  endsAt: IsoDate.describe('When it ends, at or after startsAt'),
  utmCampaign: UtmCampaign,
});

export const CampaignChanges = z
  .object({
    name: Name.optional(),
    goal: Goal.optional(),
    startsAt: IsoDate.optional(),
    endsAt: IsoDate.optional(),
    utmCampaign: UtmCampaign,
    archived: z.boolean().optional().describe('true: archive (hidden from pickers, results kept); false: restore'),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined), { error: 'Send at least one field to change.' });

export const Campaign = z.object({
  id: z.string(),
  name: z.string(),
  goal: Goal,
  startsAt: IsoDate,
  endsAt: IsoDate,
  utmCampaign: z.string(),
  archivedAt: IsoDate.nullable(),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});

export const campaignErrors = { 409: ErrorBody, 422: ErrorBody } as const;

export function publicCampaign(r: CampaignRow): z.infer<typeof Campaign> {
  return {
    id: r.id,
    name: r.name,
    goal: r.goal,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    utmCampaign: r.utm_campaign,
    archivedAt: r.archived_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}
