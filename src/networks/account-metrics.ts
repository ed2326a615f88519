/**
 * An account's own figures, read once a day on the metrics schedule: its audience (followers) and, where the
 * network's API reports them for the account as a whole, its reach and impressions. Null where the network does not say.
 */
export interface AccountMetrics {
  followers: number | null;
  following: number | null;
  posts: number | null;
  /** Impressions of the account's content over the last day, where the network reports them at account level. */
  impressions: number | null;
  reach: number | null;
}

/** A count as the networks send it (numbers, numeric strings), or null when absent or not a count. */
export function count(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.round(n) : null;
}
