/** Kysely's view of the workspaces' calendar feeds (migration 0029). */
import type { Generated } from 'kysely';

export interface CalendarFeedsTable {
  workspace_id: string;
  /** SHA-256 (hex) of the feed token; the token itself is shown once and never stored. */
  token_hash: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface CalendarFeedsSchema {
  calendar_feeds: CalendarFeedsTable;
}
