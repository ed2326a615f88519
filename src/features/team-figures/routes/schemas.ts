/** Shapes of the team figures API (they drive the OpenAPI document): business hours and the figures themselves. */
import { z } from 'zod';
import { ErrorBody, Text } from '../../../core/http.js';

export const BusinessInterval = z.object({
  weekday: z.number().int().describe('ISO weekday: 1 = Monday … 7 = Sunday'),
  start: Text.pipe(z.string().max(10)).describe('Wall-clock opening time, "HH:MM"'),
  end: Text.pipe(z.string().max(10)).describe('Wall-clock closing time after start, "HH:MM" ("24:00" for midnight)'),
});

export const BusinessHoursInput = z.object({
  timeZone: Text.pipe(z.string().min(1).max(100)).describe('IANA time zone the hours are read in, e.g. Europe/Paris'),
  days: z.array(BusinessInterval).max(70).describe('Opening intervals; several per weekday allowed; a weekday without any is closed'),
});

export const BusinessHours = BusinessHoursInput.extend({
  isDefault: z.boolean().describe('True while the workspace has not set its own (Monday to Friday, 09:00–17:00)'),
  updatedAt: z.string().nullable(),
});

/** 422: what is wrong, naming the day and the field; every problem in details. */
export const hoursErrors = { 422: ErrorBody };

const Spread = z.object({
  medianSeconds: z.number().int().nullable().describe('Median, in business seconds; null with nothing to measure'),
  p90Seconds: z.number().int().nullable().describe('90th percentile, in business seconds'),
});

const Figures = {
  replied: z.number().int().describe('Items first answered through Chorus in the range'),
  firstReply: Spread.describe('From when an item reached Chorus to its first reply, in business time'),
  done: z.number().int().describe('Items marked done in the range'),
  toDone: Spread.describe('From when an item reached Chorus to when it was marked done, in business time'),
};

export const TeamFigures = z.object({
  from: z.string().describe('First day counted (YYYY-MM-DD, on the business hours clock)'),
  to: z.string().describe('Last day counted, included'),
  timeZone: z.string(),
  totals: z.object({ received: z.number().int().describe('Items posted in the range'), ...Figures }),
  teammates: z.array(z.object({ user: z.object({ id: z.string(), name: z.string() }).nullable().describe('Null: not recorded (replies sent before Chorus kept who sent them)'), ...Figures })),
  channels: z.array(z.object({ channel: z.object({ id: z.string(), network: z.string(), handle: z.string(), name: z.string() }), ...Figures })),
  days: z.array(z.object({ day: z.string(), positive: z.number().int(), neutral: z.number().int(), negative: z.number().int(), unknown: z.number().int() })),
});
