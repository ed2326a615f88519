/** The zod shapes of the crisis switch's endpoints: the workspace's publishing state and the reason to pause. */
import { z } from 'zod';

export const PublishingState = z.object({
  paused: z.boolean(),
  since: z.string().nullable().describe('When publishing was paused (ISO 8601, UTC); null while it runs'),
  by: z.object({ id: z.string(), name: z.string() }).nullable().describe('Who paused it (the name, or the email of someone who gave no name); null while it runs or once that person is gone'),
  reason: z.string().nullable().describe('Why it was paused, as its author wrote it'),
});

export const PauseInput = z.object({
  reason: z
    .string()
    .trim()
    .min(1, 'Say why publishing is paused, so the team knows when it can resume.')
    .max(500, 'Keep the reason under 500 characters.')
    .describe('Why publishing is paused, shown to everyone in the workspace'),
});

export const ResumeResult = PublishingState.extend({
  released: z.number().int().describe('How many held publications went back on the schedule'),
});
