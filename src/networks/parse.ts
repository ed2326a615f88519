/**
 * Reading a network's 2xx answer: every connector parses bodies with zod and never trusts their shape. A body that
 * does not fit is `transient` — a proxy's error page or a half-written response — so the publisher retries instead
 * of failing the publication for good.
 *
 * @example
 * const post = parseAnswer('x', 'X', tweetSchema, response.body, 'the new post');
 */
import type { z } from 'zod';
import { NetworkError, type NetworkId } from './connector.js';

/** `who` is how the person knows the other side: "X", "LinkedIn", or a Mastodon instance's host. */
export function parseAnswer<T>(network: NetworkId, who: string, schema: z.ZodType<T>, body: unknown, what: string): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new NetworkError(
    'transient',
    `${who} answered ${what} in a shape Chorus does not understand (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}).`,
    { network },
  );
}
