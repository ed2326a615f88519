import { sql, type Kysely } from 'kysely';

// Website-side tracking (the /t.js snippet posting to /api/v1/collect): the origins allowed to post per workspace,
// page views, share tokens (one per visitor who arrived through a link or a share; `visits` is the counter of
// visits that landed carrying the token, kept as they arrive so cascades never COUNT(*) page views), conversions
// and their daily rollup. No IP is stored anywhere here.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE collect_origins (
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      origin text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, origin)
    );
    -- Preflights carry no body (no workspace id): they are answered for an origin that any workspace allows.
    CREATE INDEX collect_origins_origin_idx ON collect_origins (origin);

    -- Attribution looks a click up by its id alone (the chorus_cid the visitor landed with); click ids are random
    -- (UUID v4), so without this index every lookup would scan every month's partition.
    CREATE INDEX clicks_id_idx ON clicks (id);

    CREATE TABLE page_views (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      at timestamptz NOT NULL DEFAULT now(),
      url text NOT NULL,
      referrer_host text,
      click_id uuid,
      ref text,
      link_id uuid REFERENCES links(id) ON DELETE SET NULL,
      publication_id uuid REFERENCES publications(id) ON DELETE SET NULL
    );
    CREATE INDEX page_views_workspace_idx ON page_views (workspace_id, at);
    CREATE INDEX page_views_link_idx ON page_views (link_id, at) WHERE link_id IS NOT NULL;

    CREATE TABLE share_tokens (
      token text PRIMARY KEY,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      parent_token text REFERENCES share_tokens(token) ON DELETE CASCADE,
      click_id uuid,
      link_id uuid NOT NULL REFERENCES links(id) ON DELETE CASCADE,
      post_id uuid REFERENCES posts(id) ON DELETE SET NULL,
      publication_id uuid REFERENCES publications(id) ON DELETE SET NULL,
      network text,
      visits bigint NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX share_tokens_link_idx ON share_tokens (link_id, created_at);
    CREATE INDEX share_tokens_post_idx ON share_tokens (post_id, created_at) WHERE post_id IS NOT NULL;
    CREATE INDEX share_tokens_parent_idx ON share_tokens (parent_token) WHERE parent_token IS NOT NULL;

    CREATE TABLE conversions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      at timestamptz NOT NULL DEFAULT now(),
      name text NOT NULL,
      value numeric(20, 4),
      currency text,
      click_id uuid,
      ref text,
      own_ref text,
      link_id uuid REFERENCES links(id) ON DELETE SET NULL,
      publication_id uuid REFERENCES publications(id) ON DELETE SET NULL,
      post_id uuid REFERENCES posts(id) ON DELETE SET NULL,
      network text
    );
    CREATE INDEX conversions_workspace_idx ON conversions (workspace_id, at);
    CREATE INDEX conversions_link_idx ON conversions (link_id, at) WHERE link_id IS NOT NULL;

    -- Per link, day, name, network and currency ('' = none: key columns cannot be null), kept as conversions arrive.
    CREATE TABLE conversion_stats_daily (
      link_id uuid NOT NULL REFERENCES links(id) ON DELETE CASCADE,
      day date NOT NULL,
      name text NOT NULL,
      network text NOT NULL,
      currency text NOT NULL,
      conversions bigint NOT NULL DEFAULT 0,
      value numeric(24, 4) NOT NULL DEFAULT 0,
      PRIMARY KEY (link_id, day, name, network, currency)
    );
  `.execute(db);
}
