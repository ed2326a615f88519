/** Kysely's view of the channels' account-level figures per day (migration 0035). */
export interface AccountMetricsDailyTable {
  channel_id: string;
  /** UTC date, YYYY-MM-DD. */
  day: string;
  workspace_id: string;
  followers: number | null;
  following: number | null;
  posts: number | null;
  impressions: number | null;
  reach: number | null;
  fetched_at: Date;
}

export interface AccountMetricsSchema {
  account_metrics_daily: AccountMetricsDailyTable;
}
