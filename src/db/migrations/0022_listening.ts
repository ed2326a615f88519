import { sql, type Kysely } from 'kysely';

// Listening: a workspace's saved searches (keywords, hashtags, exclusions, languages) run on some of its channels.
// What they find lands in the inbox as engagement of kind `listening`, stored once per (channel, external id) like any
// other item; listening_matches says which query found it. listening_runs is each (query, channel) pair's schedule
// and cursor, claimed with a lease like channel_sync so several workers never search one pair twice.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE engagements DROP CONSTRAINT IF EXISTS engagements_kind_check`.execute(db);
  await sql`
    ALTER TABLE engagements ADD CONSTRAINT engagements_kind_check
      CHECK (kind IN ('reply', 'mention', 'direct_message', 'quote', 'listening'))`.execute(db);
  await sql`
    CREATE TABLE listening_queries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      name text NOT NULL,
      keywords jsonb NOT NULL DEFAULT '[]'::jsonb,
      hashtags jsonb NOT NULL DEFAULT '[]'::jsonb,
      exclude jsonb NOT NULL DEFAULT '[]'::jsonb,
      languages jsonb NOT NULL DEFAULT '[]'::jsonb,
      channel_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
      active boolean NOT NULL DEFAULT true,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX listening_queries_workspace_idx ON listening_queries (workspace_id, created_at);
    CREATE TABLE listening_runs (
      query_id uuid NOT NULL REFERENCES listening_queries(id) ON DELETE CASCADE,
      channel_id uuid NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
      next_at timestamptz NOT NULL DEFAULT now(),
      since timestamptz,
      searched_at timestamptz,
      error text,
      PRIMARY KEY (query_id, channel_id)
    );
    CREATE INDEX listening_runs_due_idx ON listening_runs (next_at);
    CREATE TABLE listening_matches (
      query_id uuid NOT NULL REFERENCES listening_queries(id) ON DELETE CASCADE,
      engagement_id uuid NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
      matched_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (query_id, engagement_id)
    );
    CREATE INDEX listening_matches_engagement_idx ON listening_matches (engagement_id);
  `.execute(db);
}
