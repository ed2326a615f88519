import { sql, type Kysely } from 'kysely';

// OAuth sign-in to networks: Chorus's app registration per instance (Mastodon registers one app per server),
// and the one-time `state` of each attempt, bound to the workspace and person who started it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE oauth_apps (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      network text NOT NULL,
      instance_url text NOT NULL,
      redirect_uri text NOT NULL,
      client_id text NOT NULL,
      client_secret_enc text NOT NULL,
      scopes text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX oauth_apps_key ON oauth_apps (network, instance_url, redirect_uri);

    CREATE TABLE oauth_states (
      state_hash text PRIMARY KEY,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      network text NOT NULL,
      oauth_app_id uuid NOT NULL REFERENCES oauth_apps(id) ON DELETE CASCADE,
      expires_at timestamptz NOT NULL
    );
  `.execute(db);
}
