import { sql, type Kysely } from 'kysely';

// Account-level figures per channel and day (issue 14): followers, following, posts, and the account's own reach and
// impressions where the network reports them. One row per channel and UTC day; a later reading the same day
// replaces the earlier one, so the row holds the day's last known values.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE account_metrics_daily (
      channel_id uuid NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
      day date NOT NULL,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      followers bigint CHECK (followers >= 0),
      following bigint CHECK (following >= 0),
      posts bigint CHECK (posts >= 0),
      impressions bigint CHECK (impressions >= 0),
      reach bigint CHECK (reach >= 0),
      fetched_at timestamptz NOT NULL,
      PRIMARY KEY (channel_id, day)
    )
  `.execute(db);
}
