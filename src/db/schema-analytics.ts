/** Kysely's view of the analytics rollups (migration 0032): days are UTC dates as 'YYYY-MM-DD'. */

/** The figures every rollup row carries: a day's increase (daily tables) or the latest count (totals). */
export interface RollupFigures {
  impressions: number;
  views: number;
  engagements: number;
  link_clicks: number;
}

export interface PublicationDailyTable extends RollupFigures {
  publication_id: string;
  day: string;
  workspace_id: string;
  channel_id: string;
  post_id: string;
  network: string;
}

export interface ChannelDailyTable extends RollupFigures {
  channel_id: string;
  day: string;
  workspace_id: string;
  network: string;
  published: number;
}

export interface PublicationTotalsTable extends RollupFigures {
  publication_id: string;
  workspace_id: string;
  channel_id: string;
  post_id: string;
  network: string;
  published_at: Date;
  fetched_at: Date;
}

export interface AnalyticsSchema {
  publication_daily: PublicationDailyTable;
  channel_daily: ChannelDailyTable;
  publication_totals: PublicationTotalsTable;
}
