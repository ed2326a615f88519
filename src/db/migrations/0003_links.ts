import { sql, type Kysely } from 'kysely';

// Tracked short links, their raw clicks (partitioned by month, so old months can be dropped or archived whole),
// and the rollups that stats are read from: counters are maintained as clicks arrive, never COUNT(*) at read time.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE links (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      code text NOT NULL,
      url text NOT NULL,
      utm jsonb NOT NULL DEFAULT '{}'::jsonb,
      rules jsonb NOT NULL DEFAULT '[]'::jsonb,
      tags jsonb NOT NULL DEFAULT '[]'::jsonb,
      title text NOT NULL DEFAULT '',
      password_hash text,
      expires_at timestamptz,
      archived_at timestamptz,
      add_click_id boolean NOT NULL DEFAULT true,
      post_id uuid REFERENCES posts(id) ON DELETE SET NULL,
      publication_id uuid REFERENCES publications(id) ON DELETE SET NULL,
      network text,
      channel_id uuid REFERENCES channels(id) ON DELETE SET NULL,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX links_code_key ON links (code);
    CREATE INDEX links_workspace_idx ON links (workspace_id, created_at DESC);

    CREATE TABLE clicks (
      id uuid NOT NULL,
      at timestamptz NOT NULL,
      link_id uuid NOT NULL,
      workspace_id uuid NOT NULL,
      publication_id uuid,
      network text,
      channel_id uuid,
      country text,
      region text,
      device text,
      os text,
      browser text,
      referrer_host text,
      trigger text NOT NULL DEFAULT 'link',
      rule_index integer,
      visitor_hash text NOT NULL,
      is_bot boolean NOT NULL DEFAULT false,
      PRIMARY KEY (id, at)
    ) PARTITION BY RANGE (at);
    -- Months get their own partitions ahead of time (see clicks-partitions.ts); this one catches anything else,
    -- so a click is never refused for want of a partition.
    CREATE TABLE clicks_default PARTITION OF clicks DEFAULT;
    CREATE INDEX clicks_link_idx ON clicks (link_id, at);

    CREATE TABLE link_stats_hourly (
      link_id uuid NOT NULL REFERENCES links(id) ON DELETE CASCADE,
      hour timestamptz NOT NULL,
      clicks bigint NOT NULL DEFAULT 0,
      bots bigint NOT NULL DEFAULT 0,
      qr bigint NOT NULL DEFAULT 0,
      PRIMARY KEY (link_id, hour)
    );

    CREATE TABLE link_stats_daily_dims (
      link_id uuid NOT NULL REFERENCES links(id) ON DELETE CASCADE,
      day date NOT NULL,
      dim text NOT NULL,
      value text NOT NULL,
      clicks bigint NOT NULL DEFAULT 0,
      PRIMARY KEY (link_id, day, dim, value)
    );

    -- Unique visitors: a salted daily hash of IP + user agent (the IP itself is never stored). The first sighting
    -- of a hash on a link on a day counts one unique.
    CREATE TABLE link_visitors_daily (
      link_id uuid NOT NULL REFERENCES links(id) ON DELETE CASCADE,
      day date NOT NULL,
      visitor_hash text NOT NULL,
      PRIMARY KEY (link_id, day, visitor_hash)
    );
    -- The day's random salt for visitor hashes; yesterday's is deleted, so a hash cannot be recomputed later.
    CREATE TABLE visitor_salts (
      day date PRIMARY KEY,
      salt text NOT NULL
    );
    CREATE TABLE link_stats_daily (
      link_id uuid NOT NULL REFERENCES links(id) ON DELETE CASCADE,
      day date NOT NULL,
      uniques bigint NOT NULL DEFAULT 0,
      PRIMARY KEY (link_id, day)
    );
  `.execute(db);
}
