import { sql, type Kysely } from 'kysely';

// OAuth sign-in to the networks with an app configured from env (Meta, Threads, X, LinkedIn). Each attempt keeps its
// one-time `state` (hashed), bound to the person, their session and the workspace, with the PKCE verifier sealed;
// when a sign-in reaches several accounts, the grant waits here, sealed and short-lived, until the person picks.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE oauth_attempts (
      state_hash text PRIMARY KEY,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      session_hash text,
      network text NOT NULL,
      verifier_enc text,
      expires_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX oauth_attempts_expiry ON oauth_attempts (expires_at);

    CREATE TABLE oauth_grants (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      network text NOT NULL,
      accounts jsonb NOT NULL,
      choices_enc text NOT NULL,
      expires_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX oauth_grants_expiry ON oauth_grants (expires_at);
  `.execute(db);
}
