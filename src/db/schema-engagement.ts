/**
 * Kysely's view of the tables of what happens after a channel is connected (migration 0010): the inbox's
 * engagement, publication metrics as a time series, and each channel's schedules. schema.ts re-exports it.
 */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type EngagementKindValue = 'reply' | 'mention' | 'direct_message' | 'quote' | 'listening';

export interface EngagementsTable {
  id: Generated<string>;
  workspace_id: string;
  channel_id: string;
  publication_id: string | null;
  network: string;
  kind: EngagementKindValue;
  external_id: string;
  parent_external_id: string | null;
  author_external_id: string;
  author_handle: string;
  author_name: string;
  author_avatar_url: string | null;
  text: string;
  url: string | null;
  created_at: Timestamp;
  received_at: Generated<Date>;
  hidden: Generated<boolean>;
  deleted_at: Timestamp | null;
  replied_at: Timestamp | null;
  reply_external_id: string | null;
  reply_url: string | null;
}

export interface PublicationMetricsTable {
  publication_id: string;
  fetched_at: Timestamp;
  likes: number;
  reposts: number;
  replies: number;
  quotes: number | null;
  views: number | null;
  impressions: number | null;
  reach: number | null;
  saves: number | null;
  link_clicks: number | null;
}

export interface ChannelSyncTable {
  channel_id: string;
  engagement_since: Timestamp | null;
  engagement_next_at: ColumnType<Date, Date | string | undefined, Date | string>;
  engagement_polled_at: Timestamp | null;
  engagement_error: string | null;
  metrics_next_at: ColumnType<Date, Date | string | undefined, Date | string>;
  metrics_error: string | null;
  refresh_next_at: ColumnType<Date, Date | string | undefined, Date | string>;
  refresh_checked_at: Timestamp | null;
  refresh_failures: Generated<number>;
  refresh_error: string | null;
}

export interface EngagementSchema {
  engagements: EngagementsTable;
  publication_metrics: PublicationMetricsTable;
  channel_sync: ChannelSyncTable;
}
