/** Shapes of the segments API (they drive the OpenAPI document). */
import { z } from 'zod';
import { ErrorBody, IsoDate, Text } from '../../../core/http.js';
import type { SegmentRow } from '../repository.js';
import type { ChannelReach } from '../service.js';
import type { ResolvedSegment } from '../../audience/index.js';

const Name = Text.pipe(z.string().trim().min(1, { error: 'Name the segment.' }).max(100, { error: 'Keep the name under 100 characters.' }));
const When = z
  .unknown()
  .refine((v) => v !== undefined, { error: 'Say who the segment is for in "when", e.g. { "climate": "hot" }.' })
  .describe('A condition of the audience language link rules use (country, region, language, climate, localTime, all/any/not, …) plus ageMin, ageMax, genders, interests');
const TimeZone = z.string().max(64).nullable().optional().describe('IANA time zone its variants are timed in; null or absent: the main zone of its countries');

export const SegmentInput = z.object({ name: Name, when: When, timeZone: TimeZone });
export const SegmentChanges = z
  .object({ name: Name.optional(), when: z.unknown().optional().describe(When.description ?? ''), timeZone: TimeZone })
  .refine((c) => c.name !== undefined || c.when !== undefined || c.timeZone !== undefined, { error: 'Send at least one field to change.' });

export const Segment = z.object({
  id: z.string(),
  name: z.string(),
  when: z.unknown(),
  timeZone: z.string().nullable().describe('As set; null: derived from its countries (see resolved.timeZone)'),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});

const Audience = z.object({
  countries: z.array(z.string()).nullable(),
  regions: z.array(z.string()).nullable(),
  languages: z.array(z.string()).nullable(),
  ageMin: z.number().nullable(),
  ageMax: z.number().nullable(),
  genders: z.array(z.enum(['female', 'male'])).nullable(),
  interests: z.array(z.string()).nullable(),
});
const Params = z.record(z.string(), z.union([z.string(), z.number()]));

export const Resolved = z.object({
  at: IsoDate,
  audience: Audience.describe('Network-neutral targeting now; null: unrestricted, []: nobody matches now'),
  timingOnly: z.array(z.object({ path: z.string(), rule: z.enum(['excludes', 'click_only', 'local_time', 'mixed_any']), message: z.string() })),
  timeZone: z.string(),
  timeZoneChoice: z.object({ rule: z.enum(['given', 'single_zone', 'most_common_offset', 'no_country']), message: z.string(), params: Params }),
  climates: z.array(z.object({ path: z.string(), climates: z.array(z.enum(['hot', 'cold', 'mild'])), countries: z.array(z.string()) })),
});

export const ChannelReachBody = z.object({
  channelId: z.string(),
  network: z.string(),
  handle: z.string(),
  native: z.record(z.string(), z.unknown()).nullable().describe("The network's own targeting parameters, when it has organic targeting"),
  unsupported: z.array(z.object({ facet: z.string(), rule: z.string(), reason: z.string() })),
  violations: z.array(z.object({ rule: z.string(), message: z.string(), field: z.string(), params: Params.optional() })),
  fallback: z.enum(['timing']).nullable(),
  why: z.enum(['native', 'native_refused', 'no_organic_targeting']),
  message: z.string(),
});

export const SegmentDetail = Segment.extend({ resolved: Resolved, channels: z.array(ChannelReachBody) });

export const segmentErrors = { 409: ErrorBody, 422: ErrorBody } as const;

export function publicSegment(r: SegmentRow): z.infer<typeof Segment> {
  return { id: r.id, name: r.name, when: r.condition, timeZone: r.time_zone, createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString() };
}

export function segmentDetail(r: SegmentRow, d: { resolved: ResolvedSegment; channels: ChannelReach[] }, at: Date): z.infer<typeof SegmentDetail> {
  const { audience, timingOnly, timeZone, timeZoneChoice, climates } = d.resolved;
  const choice = { rule: timeZoneChoice.rule, message: timeZoneChoice.message, params: timeZoneChoice.params };
  return { ...publicSegment(r), resolved: { at: at.toISOString(), audience, timingOnly, timeZone, timeZoneChoice: choice, climates }, channels: d.channels };
}
