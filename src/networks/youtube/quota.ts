/**
 * YouTube's daily quota, in the units of developers.google.com/youtube/v3/determine_quota_cost: a project (one
 * Google Cloud OAuth client, shared by every channel of this Chorus) gets 10,000 units a day for all methods except
 * `videos.insert` and `search.list`, which now have buckets of their own (100 calls a day each, 1 per call). Every
 * request costs at least one unit, failed ones included. Quotas reset at midnight Pacific time.
 *
 * The table below is the page's, with the older single-bucket figure in `LEGACY_UPLOAD_UNITS` for projects that
 * still count uploads against the 10,000 units (set `uploadsShareUnits`).
 *
 * @example
 * const check = checkYouTubeQuota({ units: 9_990, uploads: 3 }, 'thumbnails.set');
 * if (!check.allowed) refuse(check.message, check.retryAfterMs);
 */

/** Units per call, developers.google.com/youtube/v3/determine_quota_cost. */
export const YOUTUBE_QUOTA_COSTS = {
  'channels.list': 1,
  'videos.list': 1,
  'playlistItems.list': 1,
  'commentThreads.list': 1,
  'comments.list': 1,
  'videos.insert': 1,
  'videos.delete': 50,
  'thumbnails.set': 50,
  'comments.insert': 50,
  'commentThreads.insert': 50,
  'comments.setModerationStatus': 50,
  'comments.delete': 50,
} as const;

export type YouTubeOperation = keyof typeof YOUTUBE_QUOTA_COSTS;

/** What `videos.insert` cost when it was counted in units (the page's figure until the separate bucket). */
export const LEGACY_UPLOAD_UNITS = 1600;

export interface YouTubeQuotaSettings {
  /** Units a day for every method but uploads (default 10,000). */
  dailyUnits: number;
  /** `videos.insert` calls a day (default 100). */
  dailyUploads: number;
  /** Count uploads as 1,600 units of the main bucket instead (projects on the older allocation). */
  uploadsShareUnits: boolean;
}

export const YOUTUBE_DEFAULT_QUOTA: YouTubeQuotaSettings = { dailyUnits: 10_000, dailyUploads: 100, uploadsShareUnits: false };

export interface QuotaUsage {
  /** Units spent today (Pacific day) in the main bucket. */
  units: number;
  /** `videos.insert` calls today. */
  uploads: number;
}

export type QuotaCheck =
  | { allowed: true; cost: number; bucket: 'units' | 'uploads'; remaining: number }
  | { allowed: false; cost: number; bucket: 'units' | 'uploads'; remaining: number; retryAfterMs: number; message: string };

/**
 * Pure: whether one more `operation` fits in today's quota. The app can call it before scheduling (to refuse a
 * publication the quota cannot carry) with the usage it tracks; the connector calls it with its own tally.
 */
export function checkYouTubeQuota(
  usage: QuotaUsage,
  operation: YouTubeOperation,
  settings: YouTubeQuotaSettings = YOUTUBE_DEFAULT_QUOTA,
  now = Date.now(),
): QuotaCheck {
  const upload = operation === 'videos.insert' && !settings.uploadsShareUnits;
  const bucket = upload ? 'uploads' : 'units';
  const cost = operation === 'videos.insert' && settings.uploadsShareUnits ? LEGACY_UPLOAD_UNITS : YOUTUBE_QUOTA_COSTS[operation];
  const remaining = upload ? settings.dailyUploads - usage.uploads : settings.dailyUnits - usage.units;
  if (cost <= remaining) return { allowed: true, cost, bucket, remaining };
  const retryAfterMs = msUntilPacificMidnight(now);
  const what = upload ? `${settings.dailyUploads} uploads` : `${settings.dailyUnits.toLocaleString('en')} units`;
  const message =
    `Chorus's daily YouTube quota (${what}) cannot carry ${operation} (${cost} ${upload ? 'upload' : 'units'}, ${Math.max(0, remaining)} left); ` +
    `it comes back at midnight Pacific time, in about ${Math.ceil(retryAfterMs / 3_600_000)} h.`;
  return { allowed: false, cost, bucket, remaining, retryAfterMs, message };
}

const pacific = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/Los_Angeles',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function pacificParts(at: number): { y: number; m: number; d: number; offsetMs: number } {
  const parts = Object.fromEntries(pacific.formatToParts(new Date(at)).map((p) => [p.type, p.value]));
  const [y, m, d] = [Number(parts['year']), Number(parts['month']), Number(parts['day'])];
  const wall = Date.UTC(y, m - 1, d, Number(parts['hour']), Number(parts['minute']), Number(parts['second']));
  return { y, m, d, offsetMs: wall - Math.floor(at / 1000) * 1000 };
}

/** The Pacific calendar day of `now` ("2026-11-24"): the quota's day. */
export function pacificDay(now = Date.now()): string {
  const { y, m, d } = pacificParts(now);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Milliseconds until the next midnight in America/Los_Angeles (PST or PDT, whichever is in force then). */
export function msUntilPacificMidnight(now = Date.now()): number {
  const { y, m, d, offsetMs } = pacificParts(now);
  const wallMidnight = Date.UTC(y, m - 1, d + 1);
  let at = wallMidnight - offsetMs;
  // The offset at midnight differs from now's only when a DST change falls between (it happens at 2 a.m.).
  at = wallMidnight - pacificParts(at).offsetMs;
  return Math.max(1, at - now);
}

/**
 * The connector's own tally of what it spent today. Per process: two Chorus processes sharing one Google project
 * each count only their own calls, and a restart starts from zero — the 403 `quotaExceeded` Google sends remains
 * the final word and is mapped to `rate_limited` until midnight Pacific as well.
 */
export class QuotaTally {
  private day = '';
  private usage: QuotaUsage = { units: 0, uploads: 0 };

  constructor(private readonly settings: YouTubeQuotaSettings = YOUTUBE_DEFAULT_QUOTA) {}

  today(now = Date.now()): QuotaUsage {
    const day = pacificDay(now);
    if (day !== this.day) [this.day, this.usage] = [day, { units: 0, uploads: 0 }];
    return { ...this.usage };
  }

  /** Counts the call, or returns the refusal when it would go over (nothing counted then). */
  spend(operation: YouTubeOperation, now = Date.now()): QuotaCheck {
    const check = checkYouTubeQuota(this.today(now), operation, this.settings, now);
    if (!check.allowed) return check;
    if (check.bucket === 'uploads') this.usage.uploads += check.cost;
    else this.usage.units += check.cost;
    return check;
  }
}
