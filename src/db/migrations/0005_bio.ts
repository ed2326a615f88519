import { sql, type Kysely } from 'kysely';

// Link-in-bio pages: one per workspace, at /bio/{slug}, listing some of the workspace's short links in order
// (for networks where a caption cannot hold a link). Slugs are stored lowercase, so uniqueness ignores case.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE bio_pages (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      slug text NOT NULL,
      title text NOT NULL DEFAULT '',
      description text NOT NULL DEFAULT '',
      theme text NOT NULL DEFAULT 'light',
      lang text NOT NULL DEFAULT 'en',
      avatar_media_id uuid REFERENCES media(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX bio_pages_workspace_key ON bio_pages (workspace_id);
    CREATE UNIQUE INDEX bio_pages_slug_key ON bio_pages (slug);

    CREATE TABLE bio_items (
      bio_page_id uuid NOT NULL REFERENCES bio_pages(id) ON DELETE CASCADE,
      position integer NOT NULL,
      link_id uuid NOT NULL REFERENCES links(id) ON DELETE CASCADE,
      label text NOT NULL,
      PRIMARY KEY (bio_page_id, position)
    );
    CREATE INDEX bio_items_link_idx ON bio_items (link_id);
  `.execute(db);
}
