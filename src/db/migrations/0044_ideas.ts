import { sql, type Kysely } from 'kysely';

// The ideas board (issue 15): ideas with notes, tags and pictures, in stages from a first thought to a post, ordered
// by hand within a stage (a float position, so a card moved between two others needs one write, not a renumbering).
// Turning an idea into a post keeps the link to that post; deleting the post leaves the idea.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE ideas (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),
      tags jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(tags) = 'array'),
      media_ids jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(media_ids) = 'array'),
      stage text NOT NULL DEFAULT 'idea' CHECK (stage IN ('idea', 'shaping', 'ready', 'used')),
      position double precision NOT NULL DEFAULT 0,
      post_id uuid REFERENCES posts(id) ON DELETE SET NULL,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )
  `.execute(db);
  await sql`CREATE INDEX ideas_board ON ideas (workspace_id, stage, position)`.execute(db);
}
