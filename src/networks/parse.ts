/**
 * Reading a network's answers. Every connector parses bodies with zod and never trusts their shape. A body that
 * does not fit is `transient` — a proxy's error page or a half-written response — so the publisher retries instead
 * of failing the publication for good.
 *
 * @example
 * const post = parseAnswer('x', 'X', tweetSchema, response.body, 'the new post');
 */
import type { z } from 'zod';
import { NetworkError, type NetworkId } from './connector.js';
import { unsafeAddressIn } from './safe-fetch.js';

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

/**
 * A fetch that failed or timed out as `transient` (retry later), saying which it was in the person's words. A
 * connection refused because its address is local or private is `rejected`: retrying would not change it.
 */
export function unreachable(network: NetworkId, who: string, error: unknown, timeoutMs: number): NetworkError {
  const unsafe = unsafeAddressIn(error);
  if (unsafe) return new NetworkError('rejected', `Chorus did not contact ${who}: ${unsafe.message}`, { network }, { cause: unsafe });
  const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
  return new NetworkError(
    'transient',
    timedOut ? `${who} did not answer within ${Math.round(timeoutMs / 1000)} s.` : `Could not reach ${who} (${cause}).`,
    { network },
    { cause: error },
  );
}

/** A response body as JSON when it is JSON, else its text, else null (empty). */
export async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
