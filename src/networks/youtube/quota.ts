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
  | { allowed: true; cost: number; bucket: QuotaBucket; remaining: number }
  | { allowed: false; cost: number; bucket: QuotaBucket; remaining: number; retryAfterMs: number; message: string };

export type QuotaBucket = 'units' | 'uploads';

/** What one call costs, in which bucket, and that bucket's daily limit. */
export function quotaCost(operation: YouTubeOperation, settings: YouTubeQuotaSettings = YOUTUBE_DEFAULT_QUOTA): { cost: number; bucket: QuotaBucket; limit: number } {
  const upload = operation === 'videos.insert' && !settings.uploadsShareUnits;
  const cost = operation === 'videos.insert' && settings.uploadsShareUnits ? LEGACY_UPLOAD_UNITS : YOUTUBE_QUOTA_COSTS[operation];
  return upload ? { cost, bucket: 'uploads', limit: settings.dailyUploads } : { cost, bucket: 'units', limit: settings.dailyUnits };
}

/** The refusal for `operation` when only `remaining` is left today: a message a person can act on, and the wait. */
function refusal(operation: YouTubeOperation, settings: YouTubeQuotaSettings, remaining: number, now: number): Extract<QuotaCheck, { allowed: false }> {
  const { cost, bucket } = quotaCost(operation, settings);
  const upload = bucket === 'uploads';
  const retryAfterMs = msUntilPacificMidnight(now);
  const what = upload ? `${settings.dailyUploads} uploads` : `${settings.dailyUnits.toLocaleString('en')} units`;
  const message =
    `Chorus's daily YouTube quota (${what}) cannot carry ${operation} (${cost} ${upload ? 'upload' : 'units'}, ${Math.max(0, remaining)} left); ` +
    `it comes back at midnight Pacific time, in about ${Math.ceil(retryAfterMs / 3_600_000)} h.`;
  return { allowed: false, cost, bucket, remaining, retryAfterMs, message };
}

/** Pure: whether one more `operation` fits in the quota a day's `usage` leaves. */
export function checkYouTubeQuota(
  usage: QuotaUsage,
  operation: YouTubeOperation,
  settings: YouTubeQuotaSettings = YOUTUBE_DEFAULT_QUOTA,
  now = Date.now(),
): QuotaCheck {
  const { cost, bucket, limit } = quotaCost(operation, settings);
  const remaining = limit - usage[bucket];
  if (cost <= remaining) return { allowed: true, cost, bucket, remaining };
  return refusal(operation, settings, remaining, now);
}

/** One counter: a Google Cloud project's bucket on one Pacific day. */
export interface QuotaKey {
  project: string;
  bucket: QuotaBucket;
  /** `pacificDay()`, e.g. "2026-11-24". */
  day: string;
}

/**
 * Where the day's spending is counted. The quota belongs to the Google project, not to a process: with several
 * workers the store must be shared (the database's `network_quota_usage`), or each would spend the whole quota.
 */
export interface YouTubeQuotaStore {
  /**
   * Adds `cost` to the counter only if it stays within `limit`, in one atomic step (two workers cannot both take the
   * last units). `used` is the count after the reservation, or the count that made it fail.
   */
  reserve(key: QuotaKey, cost: number, limit: number): Promise<{ reserved: boolean; used: number }>;
  /** Gives back units reserved for a call that never reached Google. */
  refund(key: QuotaKey, cost: number): Promise<void>;
  /**
   * Marks the counter spent for its day (at least `limit`, in one atomic step), when Google itself answered
   * `quotaExceeded`: something else spent the project's quota (another app on the same Google project, another
   * Chorus with another setting), and every process should now refuse before calling Google, until midnight Pacific.
   */
  exhaust(key: QuotaKey, limit: number): Promise<void>;
  /** The day's counts of a project. */
  usage(project: string, day: string): Promise<QuotaUsage>;
}

/** This process's memory: fine for one process (the embedded database runs only one), and for tests. */
export function memoryQuotaStore(): YouTubeQuotaStore {
  const counts = new Map<string, number>();
  const id = (k: QuotaKey) => `${k.project}\u0000${k.bucket}\u0000${k.day}`;
  return {
    async reserve(key, cost, limit) {
      const used = counts.get(id(key)) ?? 0;
      if (used + cost > limit) return { reserved: false, used };
      counts.set(id(key), used + cost);
      return { reserved: true, used: used + cost };
    },
    async refund(key, cost) {
      counts.set(id(key), Math.max(0, (counts.get(id(key)) ?? 0) - cost));
    },
    async exhaust(key, limit) {
      counts.set(id(key), Math.max(limit, counts.get(id(key)) ?? 0));
    },
    async usage(project, day) {
      return { units: counts.get(id({ project, bucket: 'units', day })) ?? 0, uploads: counts.get(id({ project, bucket: 'uploads', day })) ?? 0 };
    },
  };
}

/**
 * A reservation that went through, with how to give it back (the call never reached Google) or to mark its bucket
 * spent for the day (Google answered that the quota is spent).
 */
export type QuotaReservation = Extract<QuotaCheck, { allowed: true }> & { refund(): Promise<void>; exhaust(): Promise<void> };

/**
 * Reserves today's units for one call of `operation`, or returns the refusal (nothing counted then). The day is
 * fixed at reservation, so a refund after midnight Pacific goes back to the day that was charged.
 */
export async function reserveYouTubeQuota(
  store: YouTubeQuotaStore,
  project: string,
  operation: YouTubeOperation,
  settings: YouTubeQuotaSettings = YOUTUBE_DEFAULT_QUOTA,
  now = Date.now(),
): Promise<QuotaReservation | Extract<QuotaCheck, { allowed: false }>> {
  const { cost, bucket, limit } = quotaCost(operation, settings);
  const key: QuotaKey = { project, bucket, day: pacificDay(now) };
  const { reserved, used } = cost <= limit ? await store.reserve(key, cost, limit) : { reserved: false, used: 0 };
  if (!reserved) return refusal(operation, settings, limit - used, now);
  return { allowed: true, cost, bucket, remaining: limit - used, refund: () => store.refund(key, cost), exhaust: () => store.exhaust(key, limit) };
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
