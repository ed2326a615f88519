/** The feeds' background job: one read of one feed (reader.ts `readFeed`), queued by `queueDueFeeds`. */
import { z } from 'zod';
import type { JobDefinition } from '../../core/jobs.js';

export const feedReadJob = {
  name: 'feed-read.v1',
  schema: z.object({ feedId: z.uuid() }),
  // A read that fails is recorded on the feed and tried again later with backoff (reader.ts), not by the queue.
  retryLimit: 0,
  expireInSeconds: 300,
} satisfies JobDefinition<z.ZodType>;
