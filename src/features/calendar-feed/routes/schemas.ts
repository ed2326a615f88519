/** What the calendar feed endpoints answer. The token only ever appears inside `url`, once. */
import { z } from 'zod';

export const CalendarFeedStatus = z.object({
  exists: z.boolean().describe('Whether the workspace has a working feed address'),
  createdAt: z.string().nullable().describe('When the current address was made (ISO 8601), null when there is none'),
});

export const CalendarFeedCreated = z.object({
  url: z.string().describe('The secret feed address (iCalendar). Shown only now: the server keeps only a hash of it'),
  createdAt: z.string(),
});
