/**
 * How many posts a network lets one account publish through its API in a moving window, where the network documents
 * a number. A schedule that would break one is refused when it is saved, so a person moves the post then rather than
 * learning of it from a failed publication. Networks that publish no number (TikTok's daily cap surfaces only as
 * `spam_risk_too_many_posts`; LinkedIn, Pinterest, Facebook Page feed posts, Mastodon statuses) have none here:
 * their publisher still waits out the refusal when it comes.
 *
 * @example
 *   busiestWindow([t0, t0 + 3_600_000], t0 + 60_000, 86_400_000); // → 2: both lie in one 24-hour window with it
 */
export interface PublishingQuota {
  /** Posts allowed in any window of `windowMs`. */
  max: number;
  windowMs: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const QUOTAS: Record<string, readonly PublishingQuota[]> = {
  // "An Instagram professional account can only publish 50 posts within a 24 hour moving period"; a carousel is one
  // (developers.facebook.com/documentation/instagram-platform/instagram-graph-api/reference/ig-user/media_publish,
  // "Limitations"; usage is readable at GET /{ig-user-id}/content_publishing_limit).
  instagram: [{ max: 50, windowMs: DAY }],
  // "Threads profiles are limited to 250 API-published posts within a 24-hour moving period"
  // (developers.facebook.com/docs/threads/overview, "Posts").
  threads: [{ max: 250, windowMs: DAY }],
  // POST /2/tweets: 100 requests per 15 minutes per user (docs.x.com/x-api/fundamentals/rate-limits; the same page
  // x/rules.ts paces its calls by). The 24-hour caps depend on the app's plan, so they are left to the publisher.
  x: [{ max: 100, windowMs: 15 * 60_000 }],
  // A PDS allows each account 5,000 write points an hour and 35,000 a day, a created record costing 3
  // (docs.bsky.app/docs/advanced-guides/rate-limits, "Content Write Operations"): 1,666 posts an hour, 11,666 a day.
  bluesky: [
    { max: Math.floor(5_000 / 3), windowMs: HOUR },
    { max: Math.floor(35_000 / 3), windowMs: DAY },
  ],
};

/** The documented publishing quotas of `network`; [] when it documents none. */
export function publishingQuotas(network: string): readonly PublishingQuota[] {
  return QUOTAS[network] ?? [];
}

/**
 * The most posts any window of `windowMs` holding `at` contains, `times` being every post's instant (`at` among
 * them). A window starts at a post's instant at most `windowMs` before `at`, so only those starts need counting.
 */
export function busiestWindow(times: readonly number[], at: number, windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let end = 0;
  for (let start = 0; start < sorted.length; start++) {
    const from = sorted[start]!;
    if (from > at) break;
    if (end < start) end = start;
    while (end < sorted.length && sorted[end]! < from + windowMs) end++;
    if (from > at - windowMs) best = Math.max(best, end - start);
  }
  return best;
}

/** A window's length as people say it: "24 hours", "15 minutes". */
export function windowLabel(windowMs: number): { amount: number; unit: 'hours' | 'minutes' } {
  return windowMs % HOUR === 0 ? { amount: windowMs / HOUR, unit: 'hours' } : { amount: Math.round(windowMs / 60_000), unit: 'minutes' };
}
