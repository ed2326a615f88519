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
  /** Detected on arrival (migration 0023): `en`, `fr`, or `unknown`; null for items stored before. */
  language: ColumnType<string | null, string | null | undefined, string | null>;
  sentiment_label: ColumnType<'positive' | 'neutral' | 'negative' | null, 'positive' | 'neutral' | 'negative' | null | undefined, 'positive' | 'neutral' | 'negative' | null>;
  sentiment_score: ColumnType<number | null, number | null | undefined, number | null>;
  /** Migration 0021: the team's workflow (an open item with an assignee is "assigned"). */
  status: Generated<EngagementStatusValue>;
  assignee_id: string | null;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  done_at: Timestamp | null;
  done_by: string | null;
  /** Migration 0024: who sent the latest reply through Chorus, and when and by whom the item was first answered. */
  replied_by: ColumnType<string | null, string | null | undefined, string | null>;
  first_replied_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  first_replied_by: ColumnType<string | null, string | null | undefined, string | null>;
  /** Migration 0025: the workspace's account liked (favourited) the item on its network through Chorus. */
  liked: Generated<boolean>;
}

export type EngagementReplyStatus = 'pending_approval' | 'queued' | 'sending' | 'sent' | 'failed' | 'rejected';

/** A reply sent (or waiting to be sent) from the inbox, exactly once, by the reply job (migration 0025). */
export interface EngagementRepliesTable {
  id: Generated<string>;
  workspace_id: string;
  engagement_id: string;
  channel_id: string;
  text: string;
  status: EngagementReplyStatus;
  author_id: string | null;
  approved_by: string | null;
  /** Attempts started; each is recorded (with `lease_until`) before the network is called. */
  attempt: Generated<number>;
  lease_until: Timestamp | null;
  external_id: string | null;
  url: string | null;
  error: string | null;
  error_code: string | null;
  created_at: Generated<Date>;
  sent_at: Timestamp | null;
}

export type EngagementStatusValue = 'open' | 'done';

/** Internal notes on an engagement, for the team only (migration 0021). */
export interface EngagementNotesTable {
  id: Generated<string>;
  engagement_id: string;
  author_id: string | null;
  text: string;
  created_at: Generated<Date>;
}

/** A workspace's reusable answers, with {{variables}} filled in the reply box (migration 0021). */
export interface SavedRepliesTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  text: string;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
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

/** A workspace's business hours (migration 0024): the clock the team figures count in. */
export interface InboxBusinessHoursTable {
  workspace_id: string;
  time_zone: string;
  days: ColumnType<Array<{ weekday: number; start: string; end: string }>, string, string>;
  updated_at: Generated<Date>;
  updated_by: string | null;
}

export interface EngagementSchema {
  engagements: EngagementsTable;
  publication_metrics: PublicationMetricsTable;
  channel_sync: ChannelSyncTable;
  engagement_notes: EngagementNotesTable;
  saved_replies: SavedRepliesTable;
  inbox_business_hours: InboxBusinessHoursTable;
  engagement_replies: EngagementRepliesTable;
}
