/** Request and response shapes of the queue endpoints. */
import { z } from 'zod';

export const QueueSlotSchema = z.object({
  weekday: z.number().int().describe('1 = Monday … 7 = Sunday, on the clock of timeZone'),
  time: z.string().max(5).describe('HH:MM, 24 h, on the clock of timeZone'),
});

export const ChannelQueue = z.object({
  channelId: z.string(),
  timeZone: z.string().describe("The clock the slots are on: the channel's audience zone, else the workspace's"),
  slots: z.array(QueueSlotSchema).describe('Sorted by weekday, then time'),
});
