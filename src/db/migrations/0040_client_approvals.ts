import { sql, type Kysely } from 'kysely';

// Client approval links (issue 15): a secret, expiring address where someone outside the workspace approves posts or
// asks for changes. Only the token's SHA-256 is kept (like calendar feeds); revoking sets `revoked_at` so the link
// answers "revoked" rather than "unknown". One decision per post per link: the primary key makes a second one fail.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE client_approval_links (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      token_hash text NOT NULL UNIQUE,
      post_ids jsonb NOT NULL,
      email text,
      note text,
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX client_approval_links_workspace_idx ON client_approval_links (workspace_id, created_at);
    CREATE TABLE client_approval_decisions (
      link_id uuid NOT NULL REFERENCES client_approval_links(id) ON DELETE CASCADE,
      post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      decision text NOT NULL CHECK (decision IN ('approved', 'changes_requested')),
      comment text NOT NULL DEFAULT '',
      name text NOT NULL DEFAULT '',
      decided_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (link_id, post_id)
    );
    CREATE INDEX client_approval_decisions_post_idx ON client_approval_decisions (workspace_id, post_id, decided_at);
  `.execute(db);
}
