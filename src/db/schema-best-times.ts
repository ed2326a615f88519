/** Kysely's view of a channel's imported post history (migration 0028). */
import type { ColumnType, Generated } from 'kysely';

/** bigint columns: PostgreSQL answers them as strings; repositories turn them into numbers. */
type Count = ColumnType<string | number, number, number>;

export interface ChannelHistoryTable {
  channel_id: string;
  published_at: Date;
  workspace_id: string;
  impressions: Count;
  engagements: Count;
  clicks: ColumnType<string | number | null, number | null, number | null>;
  imported_at: Generated<Date>;
}

export interface BestTimesSchema {
  channel_history: ChannelHistoryTable;
}
