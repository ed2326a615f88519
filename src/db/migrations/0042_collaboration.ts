import { sql, type Kysely } from 'kysely';

// Collaboration on posts (issue 15): notes with @mentions, the in-app notifications they raise (generic, so other
// features can notify people later), and every version of a post's content, to compare and restore.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE notifications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      kind text NOT NULL,
      actor_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
      target_type text NOT NULL,
      target_id uuid NOT NULL,
      data jsonb NOT NULL DEFAULT '{}',
      read_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX notifications_person_idx ON notifications (user_id, workspace_id, created_at DESC);

    CREATE TABLE post_notes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
      author_id uuid REFERENCES users(id) ON DELETE SET NULL,
      text text NOT NULL,
      mentions jsonb NOT NULL DEFAULT '[]',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX post_notes_post_idx ON post_notes (post_id, created_at);

    CREATE TABLE post_versions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
      number integer NOT NULL,
      author_id uuid REFERENCES users(id) ON DELETE SET NULL,
      content jsonb NOT NULL,
      changes jsonb NOT NULL DEFAULT '[]',
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (post_id, number)
    );
  `.execute(db);
}
