import { sql, type Kysely } from 'kysely';

// Page views and conversions are raw events like clicks: kept for later analysis, so they grow without end. They
// become monthly partitions the same way (db/partitions.ts makes the months ahead of time; `<table>_default` takes
// anything else). A partitioned table's primary key must hold the partition column, so the key is (id, at); nothing
// refers to these rows by id. Existing rows are copied into the default partition and moved into their months by
// the first `ensureEventPartitions` at start-up.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE page_views RENAME TO page_views_unpartitioned;
    ALTER INDEX page_views_pkey RENAME TO page_views_unpartitioned_pkey;
    ALTER INDEX page_views_workspace_idx RENAME TO page_views_unpartitioned_workspace_idx;
    ALTER INDEX page_views_link_idx RENAME TO page_views_unpartitioned_link_idx;
    CREATE TABLE page_views (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      at timestamptz NOT NULL DEFAULT now(),
      url text NOT NULL,
      referrer_host text,
      click_id uuid,
      ref text,
      link_id uuid REFERENCES links(id) ON DELETE SET NULL,
      publication_id uuid REFERENCES publications(id) ON DELETE SET NULL,
      PRIMARY KEY (id, at)
    ) PARTITION BY RANGE (at);
    CREATE TABLE page_views_default PARTITION OF page_views DEFAULT;
    INSERT INTO page_views (id, workspace_id, at, url, referrer_host, click_id, ref, link_id, publication_id)
      SELECT id, workspace_id, at, url, referrer_host, click_id, ref, link_id, publication_id FROM page_views_unpartitioned;
    DROP TABLE page_views_unpartitioned;
    CREATE INDEX page_views_workspace_idx ON page_views (workspace_id, at);
    CREATE INDEX page_views_link_idx ON page_views (link_id, at) WHERE link_id IS NOT NULL;

    ALTER TABLE conversions RENAME TO conversions_unpartitioned;
    ALTER INDEX conversions_pkey RENAME TO conversions_unpartitioned_pkey;
    ALTER INDEX conversions_workspace_idx RENAME TO conversions_unpartitioned_workspace_idx;
    ALTER INDEX conversions_link_idx RENAME TO conversions_unpartitioned_link_idx;
    CREATE TABLE conversions (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
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
      network text,
      PRIMARY KEY (id, at)
    ) PARTITION BY RANGE (at);
    CREATE TABLE conversions_default PARTITION OF conversions DEFAULT;
    INSERT INTO conversions (id, workspace_id, at, name, value, currency, click_id, ref, own_ref, link_id, publication_id, post_id, network)
      SELECT id, workspace_id, at, name, value, currency, click_id, ref, own_ref, link_id, publication_id, post_id, network FROM conversions_unpartitioned;
    DROP TABLE conversions_unpartitioned;
    CREATE INDEX conversions_workspace_idx ON conversions (workspace_id, at);
    CREATE INDEX conversions_link_idx ON conversions (link_id, at) WHERE link_id IS NOT NULL;
  `.execute(db);
}
