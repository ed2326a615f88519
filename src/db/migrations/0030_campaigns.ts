import { sql, type Kysely } from 'kysely';

// Campaigns (issue 14): a named effort with a goal and dates, that posts and links belong to and that gives their
// tracked links utm_campaign. It replaces the free text `posts.campaign` and the `campaign` a link's UTM was given by
// hand. Names are unique per workspace ignoring case, like segments.
//
// `campaign_id` on posts and links is ON DELETE NO ACTION: a campaign is what its results are read by, so deleting one
// that posts or links name is refused (the campaigns feature answers 409 and offers archiving instead). NO ACTION
// rather than RESTRICT because it is checked at the end of the statement: deleting a workspace cascades to its
// campaigns, posts and links together, and RESTRICT would refuse that midway.
//
// Data: every distinct non-empty free-text campaign of a workspace (posts' `campaign`, and the UTM campaign of links
// made by hand) becomes a campaign with goal 'awareness' and the dates of the first and last post or link that named
// it. Its utm_campaign is the text as written, so tracked URLs already shared keep their utm_campaign. Links of a post
// follow their post; their own stored UTM is left as it is (a workspace default campaign name stays a UTM default,
// not a campaign). Spellings that differ only in case or spaces become one campaign, named as first written.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE campaigns (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      goal text NOT NULL CHECK (goal IN ('awareness', 'traffic', 'leads')),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      utm_campaign text NOT NULL CHECK (length(utm_campaign) BETWEEN 1 AND 200),
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      archived_at timestamptz,
      CHECK (ends_at >= starts_at)
    );
    CREATE UNIQUE INDEX campaigns_name_idx ON campaigns (workspace_id, lower(name));

    ALTER TABLE posts ADD COLUMN campaign_id uuid REFERENCES campaigns(id);
    ALTER TABLE links ADD COLUMN campaign_id uuid REFERENCES campaigns(id);
    CREATE INDEX posts_campaign_idx ON posts (campaign_id) WHERE campaign_id IS NOT NULL;
    CREATE INDEX links_campaign_idx ON links (campaign_id) WHERE campaign_id IS NOT NULL;

    INSERT INTO campaigns (workspace_id, name, goal, starts_at, ends_at, utm_campaign)
    SELECT workspace_id, (array_agg(label ORDER BY created_at, label))[1], 'awareness', min(created_at), max(created_at),
      (array_agg(label ORDER BY created_at, label))[1]
    FROM (
      SELECT workspace_id, left(trim(campaign), 200) AS label, created_at FROM posts WHERE trim(coalesce(campaign, '')) <> ''
      UNION ALL
      SELECT workspace_id, left(trim(utm->>'campaign'), 200), created_at FROM links
      WHERE post_id IS NULL AND trim(coalesce(utm->>'campaign', '')) <> ''
    ) AS named
    GROUP BY workspace_id, lower(label);

    UPDATE posts SET campaign_id = c.id FROM campaigns c
    WHERE c.workspace_id = posts.workspace_id AND lower(c.name) = lower(left(trim(posts.campaign), 200));
    UPDATE links SET campaign_id = p.campaign_id FROM posts p WHERE p.id = links.post_id AND p.campaign_id IS NOT NULL;
    UPDATE links SET campaign_id = c.id FROM campaigns c
    WHERE links.post_id IS NULL AND c.workspace_id = links.workspace_id AND lower(c.name) = lower(left(trim(links.utm->>'campaign'), 200));

    ALTER TABLE posts DROP COLUMN campaign;
  `.execute(db);
}
