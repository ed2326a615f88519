/** Request and response shapes of the scheduled report endpoints. */
import { z } from 'zod';
import { Text } from '../../../core/http.js';
import type { ReportSchedule as Row } from '../repository.js';

export const ReportScheduleInput = z.object({
  name: Text.pipe(z.string().trim().min(1, { error: 'Name the report.' }).max(100)),
  frequency: z.enum(['weekly', 'monthly']).describe('weekly: Mondays 07:00 UTC, the 7 days before; monthly: the 1st, the month before'),
  emails: z.array(z.email()).min(1, { error: 'Give at least one address.' }).max(20),
  channelId: z.string().max(60).nullable().optional().describe('Only this channel (default: the whole workspace)'),
  campaignId: z.string().max(60).nullable().optional().describe("Only this campaign's posts"),
  locale: z.enum(['en', 'fr']).default('en').describe('The language the report is written in'),
});

export const ReportSchedule = z.object({
  id: z.string(),
  name: z.string(),
  frequency: z.enum(['weekly', 'monthly']),
  emails: z.array(z.string()),
  channelId: z.string().nullable(),
  campaignId: z.string().nullable(),
  locale: z.enum(['en', 'fr']),
  nextRunAt: z.date(),
  lastSentAt: z.date().nullable(),
});

export const publicSchedule = (r: Row): z.input<typeof ReportSchedule> => ({
  id: r.id, name: r.name, frequency: r.frequency, emails: r.emails, channelId: r.channel_id, campaignId: r.campaign_id,
  locale: r.locale, nextRunAt: r.next_run_at, lastSentAt: r.last_sent_at,
});
