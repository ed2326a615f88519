import { sql, type Kysely } from 'kysely';

// Calendar feed (issue 15). One secret feed address per workspace: only the SHA-256 of its token is kept (like API
// tokens), so a stolen table gives no usable address; rotating replaces the row's hash, revoking deletes the row.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE calendar_feeds (
      workspace_id uuid PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
      token_hash text NOT NULL UNIQUE,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
  `.execute(db);
}
