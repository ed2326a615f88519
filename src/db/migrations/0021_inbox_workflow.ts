import { sql, type Kysely } from 'kysely';

// The inbox as a team's work queue: each engagement is open or done, may be assigned to a member of its workspace,
// carries free tags, and gathers internal notes; each workspace keeps saved replies with variables. "Assigned" is
// not a status of its own: an open item with an assignee is assigned, and marking it done keeps who had it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE engagements
      ADD COLUMN status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
      ADD COLUMN assignee_id uuid REFERENCES users(id) ON DELETE SET NULL,
      ADD COLUMN tags text[] NOT NULL DEFAULT '{}',
      ADD COLUMN done_at timestamptz,
      ADD COLUMN done_by uuid REFERENCES users(id) ON DELETE SET NULL;
    -- Working through the queue reads the oldest open items first.
    CREATE INDEX engagements_open_idx ON engagements (workspace_id, created_at, id) WHERE deleted_at IS NULL AND status = 'open';
    CREATE INDEX engagements_assignee_idx ON engagements (assignee_id) WHERE assignee_id IS NOT NULL;
    CREATE INDEX engagements_tags_idx ON engagements USING gin (tags);

    -- Visible to the team only: never sent to a network.
    CREATE TABLE engagement_notes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      engagement_id uuid NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
      author_id uuid REFERENCES users(id) ON DELETE SET NULL,
      text text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX engagement_notes_engagement_idx ON engagement_notes (engagement_id, created_at);

    CREATE TABLE saved_replies (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      name text NOT NULL,
      text text NOT NULL,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX saved_replies_workspace_idx ON saved_replies (workspace_id, name);
  `.execute(db);
}
