/**
 * Kysely's view of the listening tables (migration 0022): saved searches, each (query, channel) pair's schedule,
 * and which query found which inbox item. schema.ts re-exports it.
 */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Terms = JSONColumnType<string[], string, string>;

export interface ListeningQueriesTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  keywords: Terms;
  hashtags: Terms;
  exclude: Terms;
  languages: Terms;
  channel_ids: Terms;
  active: Generated<boolean>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ListeningRunsTable {
  query_id: string;
  channel_id: string;
  next_at: ColumnType<Date, Date | string | undefined, Date | string>;
  since: Timestamp | null;
  searched_at: Timestamp | null;
  error: string | null;
}

export interface ListeningMatchesTable {
  query_id: string;
  engagement_id: string;
  matched_at: Generated<Date>;
}

export interface ListeningSchema {
  listening_queries: ListeningQueriesTable;
  listening_runs: ListeningRunsTable;
  listening_matches: ListeningMatchesTable;
}
