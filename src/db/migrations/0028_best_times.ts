import { sql, type Kysely } from 'kysely';

// Best time to post (issue 14). channel_history holds a channel's past posts imported from a network's own analytics
// export (CSV), so a recommendation works the day a channel is connected; one row per post instant, so importing the
// same file twice stores nothing new. channels.audience_time_zone is the zone the channel's audience lives in (null:
// the workspace's time zone), in which weekdays and hours are counted.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE channel_history (
      channel_id uuid NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
      published_at timestamptz NOT NULL,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      impressions bigint NOT NULL CHECK (impressions >= 0),
      engagements bigint NOT NULL CHECK (engagements >= 0),
      clicks bigint CHECK (clicks >= 0),
      imported_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (channel_id, published_at)
    );
    ALTER TABLE channels ADD COLUMN audience_time_zone text;
  `.execute(db);
}
