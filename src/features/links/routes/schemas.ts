/** Request and response shapes shared by the link endpoints. */
import { z } from 'zod';
import { IsoDate } from '../../../core/http.js';
import { Variants } from '../variants.js';

/** The UTM a link is given; utm_campaign comes from its campaign (`campaignId`), never from here. */
export const UtmInput = z.object({
  source: z.string().max(100).optional(),
  medium: z.string().max(100).optional(),
  content: z.string().max(200).optional(),
  term: z.string().max(200).optional(),
});

/** The UTM a link sends: with utm_campaign, its campaign's (or the workspace's default for a post's link). */
export const Utm = UtmInput.extend({ campaign: z.string().optional().describe("Its campaign's utmCampaign; read only") });

export const Rule = z.object({
  when: z.unknown().describe('A condition of the audience condition language'),
  url: z.string().max(4000),
});

export const LinkBody = z.object({
  url: z.string().min(1).max(4000),
  code: z.string().max(64).optional(),
  title: z.string().max(200).optional(),
  utm: UtmInput.optional(),
  campaignId: z.string().max(60).nullable().optional().describe('The campaign it belongs to (GET …/campaigns): its utmCampaign becomes utm_campaign; null: none'),
  rules: z.array(Rule).max(50).optional(),
  tags: z.array(z.string().trim().min(1).max(50)).max(20).optional(),
  expiresAt: IsoDate.nullable().optional(),
  password: z.string().min(4).max(200).nullable().optional(),
  addClickId: z.boolean().optional(),
  variants: Variants.nullable().optional().describe('A/B destinations: weighted (sticky per visitor) or bandit (Thompson sampling)'),
});

export const Link = z.object({
  id: z.string(),
  code: z.string(),
  shortUrl: z.string(),
  qrUrl: z.string(),
  url: z.string(),
  title: z.string(),
  utm: Utm,
  rules: z.array(Rule),
  tags: z.array(z.string()),
  expiresAt: z.date().nullable(),
  archivedAt: z.date().nullable(),
  hasPassword: z.boolean(),
  addClickId: z.boolean(),
  variants: z.object({ mode: z.enum(['weighted', 'bandit']), arms: z.array(z.object({ id: z.string(), url: z.string(), weight: z.number() })) }).nullable(),
  campaignId: z.string().nullable(),
  postId: z.string().nullable(),
  publicationId: z.string().nullable(),
  network: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
