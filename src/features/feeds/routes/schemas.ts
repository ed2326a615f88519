/** Shapes of the feeds API (they drive the OpenAPI document). */
import { z } from 'zod';
import { ErrorBody, IsoDate, Text } from '../../../core/http.js';
import type { FeedRow } from '../repository.js';

const Url = z.string().trim().max(2048, { error: 'Keep the address under 2,048 characters.' }).describe('The feed\'s address (RSS 2.0, Atom or RDF), http(s)');
const ChannelIds = z.array(z.string().max(60)).max(20).describe('The channels its entries are posted on');
const Template = Text.pipe(z.string().max(2000, { error: 'Keep the template under 2,000 characters.' })).describe(
  'The post\'s text with {{title}}, {{link}}, {{summary}} and {{author}}; default "{{title}} {{link}}"',
);
const DailyCap = z
  .number()
  .int({ error: 'The daily cap is a whole number.' })
  .min(1, { error: 'Post at least one entry a day.' })
  .max(50, { error: 'Post at most 50 entries a day.' })
  .describe('At most this many entries posted a day, on the first channel\'s clock (1–50, default 3)');
const Mode = z.enum(['publish', 'draft', 'queue']).describe('publish: at once; draft: for a person to finish; queue: each channel\'s next queue slot');

export const FeedInput = z.object({
  url: Url,
  channelIds: ChannelIds,
  template: Template.optional(),
  dailyCap: DailyCap.optional(),
  mode: Mode.optional().describe('Default publish'),
  active: z.boolean().optional().describe('false: kept but not read (default true)'),
});

export const FeedChanges = z
  .object({ url: Url.optional(), channelIds: ChannelIds.optional(), template: Template.optional(), dailyCap: DailyCap.optional(), mode: Mode.optional(), active: z.boolean().optional() })
  .refine((c) => Object.values(c).some((v) => v !== undefined), { error: 'Send at least one field to change.' });

export const Feed = z.object({
  id: z.string(),
  url: z.string(),
  channelIds: z.array(z.string()),
  template: z.string(),
  dailyCap: z.number().int(),
  mode: Mode,
  active: z.boolean(),
  status: z.enum(['pending', 'ok', 'error']).describe('pending: not read yet; error: see `error`'),
  error: z.string().nullable().describe('Why the last read (or posting an entry) failed'),
  failures: z.number().int().describe('Failed reads in a row; each one doubles the wait before the next read'),
  lastCheckedAt: IsoDate.nullable(),
  nextCheckAt: IsoDate,
  primed: z.boolean().describe('The first read is done (it records the entries already there without posting them)'),
  createdAt: IsoDate,
});

export const FeedCheck = z.object({
  status: z.enum(['ok', 'error']),
  error: z.string().nullable(),
  firstRead: z.boolean().describe('true: the next read only records the entries already there and posts none'),
  remainingToday: z.number().int().describe('Entries that may still be posted today under the daily cap'),
  entries: z.array(
    z.object({
      key: z.string().describe('The entry\'s GUID, or its link when it has none'),
      title: z.string(),
      link: z.string().nullable(),
      publishedAt: IsoDate.nullable(),
      text: z.string().describe('The post\'s text on the first channel, shortened to fit its network'),
      willPost: z.boolean().describe('Posted on the next read'),
      seen: z.boolean().describe('Already posted or recorded'),
    }),
  ),
});

export const feedErrors = { 422: ErrorBody } as const;

export function publicFeed(r: FeedRow): z.infer<typeof Feed> {
  return {
    id: r.id,
    url: r.url,
    channelIds: r.channel_ids,
    template: r.template,
    dailyCap: r.daily_cap,
    mode: r.mode,
    active: r.active,
    status: r.last_status,
    error: r.last_error,
    failures: r.failures,
    lastCheckedAt: r.last_checked_at?.toISOString() ?? null,
    nextCheckAt: r.next_check_at.toISOString(),
    primed: r.primed_at !== null,
    createdAt: r.created_at.toISOString(),
  };
}
