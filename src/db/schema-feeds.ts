/** Kysely's view of the feeds tables (migration 0041). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type FeedMode = 'publish' | 'draft' | 'queue';
export type FeedStatus = 'pending' | 'ok' | 'error';
export type FeedItemStatus = 'seen' | 'posting' | 'posted' | 'failed';

export interface FeedsTable {
  id: Generated<string>;
  workspace_id: string;
  url: string;
  channel_ids: ColumnType<string[], string, string>;
  template: string;
  daily_cap: number;
  mode: FeedMode;
  active: Generated<boolean>;
  etag: string | null;
  last_modified: string | null;
  /** The first read, which records the entries already there without posting them. */
  primed_at: Timestamp | null;
  last_checked_at: Timestamp | null;
  last_status: Generated<FeedStatus>;
  last_error: string | null;
  failures: Generated<number>;
  next_check_at: ColumnType<Date, Date | string | undefined, Date | string>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface FeedItemsTable {
  feed_id: string;
  /** The entry's GUID (or link when it has none). */
  item_key: string;
  status: FeedItemStatus;
  title: Generated<string>;
  link: string | null;
  /** YYYY-MM-DD on the feed's clock when taken for posting; null when only recorded. */
  local_day: ColumnType<string | null, string | null | undefined, string | null>;
  post_id: string | null;
  error: string | null;
  created_at: Generated<Date>;
}

export interface FeedsSchema {
  feeds: FeedsTable;
  feed_items: FeedItemsTable;
}
