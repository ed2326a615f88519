import { sql, type Kysely } from 'kysely';

// What happens after channels are connected: the inbox's engagement (replies, mentions, DMs, quotes), each
// publication's metrics as a time series, and per channel the state of the three background schedules (engagement
// polls, metrics collection, credential refresh).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- One row per comment/mention/DM, however it arrived: a webhook delivery and a poll that find the same item
    -- meet on UNIQUE (channel_id, external_id) and store it once.
    CREATE TABLE engagements (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      channel_id uuid NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
      publication_id uuid REFERENCES publications(id) ON DELETE SET NULL,
      network text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('reply', 'mention', 'direct_message', 'quote')),
      external_id text NOT NULL,
      parent_external_id text,
      author_external_id text NOT NULL,
      author_handle text NOT NULL,
      author_name text NOT NULL,
      author_avatar_url text,
      text text NOT NULL,
      url text,
      created_at timestamptz NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now(),
      hidden boolean NOT NULL DEFAULT false,
      deleted_at timestamptz,
      -- Our answer from the inbox, so the inbox can show what was already answered.
      replied_at timestamptz,
      reply_external_id text,
      reply_url text,
      UNIQUE (channel_id, external_id)
    );
    -- The inbox reads newest first per workspace, by keyset (created_at, id).
    CREATE INDEX engagements_inbox_idx ON engagements (workspace_id, created_at DESC, id DESC) WHERE deleted_at IS NULL;
    CREATE INDEX engagements_publication_idx ON engagements (publication_id) WHERE publication_id IS NOT NULL;

    -- A point per collection: counts as the network reported them at fetched_at (null: the network does not say).
    CREATE TABLE publication_metrics (
      publication_id uuid NOT NULL REFERENCES publications(id) ON DELETE CASCADE,
      fetched_at timestamptz NOT NULL,
      likes bigint NOT NULL,
      reposts bigint NOT NULL,
      replies bigint NOT NULL,
      quotes bigint,
      views bigint,
      impressions bigint,
      reach bigint,
      saves bigint,
      link_clicks bigint,
      PRIMARY KEY (publication_id, fetched_at)
    );
    -- Metrics collection looks for a channel's publications published in the last 30 days.
    CREATE INDEX publications_published_idx ON publications (channel_id, published_at) WHERE status = 'published';

    -- Per channel, when each schedule is next due. Claimed with UPDATE … WHERE next_at <= now(), so several
    -- workers never queue the same channel twice.
    CREATE TABLE channel_sync (
      channel_id uuid PRIMARY KEY REFERENCES channels(id) ON DELETE CASCADE,
      engagement_since timestamptz,
      engagement_next_at timestamptz NOT NULL DEFAULT now(),
      engagement_polled_at timestamptz,
      engagement_error text,
      metrics_next_at timestamptz NOT NULL DEFAULT now(),
      metrics_error text,
      refresh_next_at timestamptz NOT NULL DEFAULT now(),
      refresh_checked_at timestamptz,
      refresh_failures integer NOT NULL DEFAULT 0,
      refresh_error text
    );
  `.execute(db);
}
