/** Request and response shapes shared by the post endpoints. */
import { z } from 'zod';
import { IsoDate, nestingDepth } from '../../../core/http.js';
import { Tags } from '../../../core/tags.js';

export const Variant = z.object({
  network: z.string().max(30).optional(),
  channelId: z.string().max(60).optional(),
  segmentId: z
    .string()
    .max(60)
    .optional()
    .describe("An audience segment's variant: its own publication per channel (with network/channelId: on those only)"),
  url: z.string().url().max(2048).optional().describe("A segment variant's link, added to its text unless already there"),
  text: z.string().max(100_000).optional(),
  mediaIds: z.array(z.string().max(60)).max(20).optional(),
  options: z
    .record(z.string().max(60), z.unknown())
    // Depth first: measuring the size with JSON.stringify recurses, and a body nested 10,000 levels would overflow it.
    .refine((o) => nestingDepth(o) <= 32, { message: 'Network options nest at most 32 levels deep.', abort: true })
    .refine((o) => JSON.stringify(o).length <= 20_000, 'Network options are limited to 20,000 characters of JSON.')
    .optional()
    .describe('Settings only this network understands, e.g. X {thread: [...]}, LinkedIn {targetEntities}, Pinterest {boardId}'),
});

export const PostBody = z.object({
  text: z.string().max(100_000),
  mediaIds: z.array(z.string().max(60)).max(20).optional(),
  channelIds: z.array(z.string().max(60)).max(50).describe('At least one to schedule or publish; a draft may have none'),
  variants: z.array(Variant).max(60).optional(),
  scheduledAt: IsoDate.optional(),
  scheduledLocal: z
    .object({ date: z.string().max(10).describe('YYYY-MM-DD'), time: z.string().max(5).describe('HH:MM, 24 h') })
    .optional()
    .describe("On local clocks: each publication at this date and time in its segment's zone, the default ones in the workspace's"),
  publishNow: z.boolean().optional(),
  campaignId: z.string().max(60).nullable().optional().describe("The campaign it belongs to (GET …/campaigns); its utmCampaign goes on the tracked links; null: none"),
  queue: z.boolean().optional().describe("Each channel's next free queue slot (PUT …/channels/{channelId}/queue sets them)"),
  bestTime: z
    .object({ withinDays: z.number().int().describe('1–28') })
    .optional()
    .describe("Each channel's best free hour within this many days, from its best-times estimate"),
  trackLinks: z.boolean().optional().describe('Turn URLs into tracked short links per publication (default: on with CHORUS_LINK_BASE_URL)'),
  signature: z.boolean().optional().describe("Add each channel's signature at the end of its publications (default true; false: leave it off)"),
  tags: Tags.optional(),
});

export const Publication = z.object({
  id: z.string(),
  channelId: z.string(),
  network: z.string(),
  segmentId: z.string().nullable().describe('The audience segment this publication is the variant for; null: everyone else'),
  segmentName: z.string().nullable(),
  status: z.string(),
  text: z.string(),
  mediaIds: z.array(z.string()),
  options: z.record(z.string(), z.unknown()),
  targeting: z
    .record(z.string(), z.unknown())
    .nullable()
    .describe("What the network was sent for the segment when it went out (Facebook targeting, LinkedIn targetEntities)"),
  scheduledAt: z.date().nullable(),
  timeZone: z.string().describe('The IANA zone its due time is set in (the segment\'s, or the post\'s)'),
  dueLocal: z.string().nullable().describe('scheduledAt on that zone\'s clock, YYYY-MM-DDTHH:MM'),
  dueReason: z
    .object({
      kind: z.enum(['queue', 'bestTime']),
      slot: z.object({ weekday: z.number().int().describe('1 = Monday … 7 = Sunday'), time: z.string().describe('HH:MM') }),
      timeZone: z.string().describe('The clock of the slot: the channel\'s audience zone'),
      score: z.number().optional().describe("bestTime: expected engagement relative to the channel's average post"),
      posts: z.number().int().optional().describe('bestTime: past posts in this slot behind the estimate'),
    })
    .nullable()
    .describe('Why Chorus chose this due time (its queue, its best time); null when a person chose it'),
  publishedAt: z.date().nullable(),
  externalId: z.string().nullable(),
  externalUrl: z.string().nullable(),
  error: z.string().nullable(),
  attempts: z.number(),
});

export const Post = z.object({
  id: z.string(),
  text: z.string(),
  mediaIds: z.array(z.string()),
  variants: z.array(Variant),
  status: z.string(),
  scheduledAt: z.date().nullable(),
  scheduledLocal: z.object({ date: z.string(), time: z.string() }).nullable(),
  timezone: z.string(),
  authorId: z.string().nullable(),
  approvedBy: z.string().nullable(),
  trackLinks: z.boolean(),
  campaignId: z.string().nullable(),
  signature: z.boolean().describe("Each channel's signature is added to its publications"),
  tags: z.array(z.string()),
  createdAt: z.date(),
  updatedAt: z.date(),
  publications: z.array(Publication),
});

export const Violation = z.object({
  channelId: z.string(),
  network: z.string(),
  segmentId: z.string().optional(),
  segmentName: z.string().optional(),
  rule: z.string(),
  message: z.string(),
  field: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
