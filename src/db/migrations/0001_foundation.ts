import { sql, type Kysely } from 'kysely';

// The foundation: people, workspaces, roles, tokens, the audit log, channels, media, posts and publications.
// Every row that belongs to a tenant carries workspace_id, and every lookup by id also filters on it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL,
      name text NOT NULL DEFAULT '',
      password_hash text,
      locale text NOT NULL DEFAULT 'en',
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX users_email_key ON users (lower(email));

    CREATE TABLE workspaces (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      timezone text NOT NULL DEFAULT 'UTC',
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE memberships (
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('owner','admin','editor','contributor','viewer')),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, user_id)
    );
    CREATE INDEX memberships_user_idx ON memberships (user_id);

    CREATE TABLE sessions (
      token_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX sessions_user_idx ON sessions (user_id);

    CREATE TABLE api_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      name text NOT NULL,
      role text NOT NULL CHECK (role IN ('owner','admin','editor','contributor','viewer')),
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    );
    CREATE INDEX api_tokens_workspace_idx ON api_tokens (workspace_id);

    CREATE TABLE invites (
      token_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    );

    CREATE TABLE audit_log (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      actor_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
      action text NOT NULL,
      target_type text NOT NULL,
      target_id text,
      data jsonb NOT NULL DEFAULT '{}'::jsonb,
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX audit_log_workspace_idx ON audit_log (workspace_id, at DESC);

    CREATE TABLE channels (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      network text NOT NULL,
      external_id text NOT NULL,
      handle text NOT NULL,
      display_name text NOT NULL DEFAULT '',
      avatar_url text,
      service_url text,
      credentials_enc text NOT NULL,
      limits jsonb NOT NULL DEFAULT '{}'::jsonb,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','needs_reconnect','disabled')),
      status_reason text,
      timezone text NOT NULL DEFAULT 'UTC',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX channels_account_key ON channels (workspace_id, network, external_id);

    -- Shared per-channel token bucket, so several workers together stay under a network's rate limits.
    CREATE TABLE channel_rate (
      channel_id uuid PRIMARY KEY REFERENCES channels(id) ON DELETE CASCADE,
      tokens double precision NOT NULL,
      refilled_at timestamptz NOT NULL DEFAULT now(),
      blocked_until timestamptz
    );

    CREATE TABLE media (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      storage_key text NOT NULL,
      file_name text NOT NULL,
      mime_type text NOT NULL,
      size_bytes bigint NOT NULL,
      width integer,
      height integer,
      alt_text text NOT NULL DEFAULT '',
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX media_workspace_idx ON media (workspace_id);

    CREATE TABLE posts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      author_id uuid REFERENCES users(id) ON DELETE SET NULL,
      text text NOT NULL,
      media_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
      variants jsonb NOT NULL DEFAULT '[]'::jsonb,
      status text NOT NULL,
      scheduled_at timestamptz,
      timezone text NOT NULL DEFAULT 'UTC',
      approved_by uuid REFERENCES users(id) ON DELETE SET NULL,
      approved_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    );
    CREATE INDEX posts_calendar_idx ON posts (workspace_id, scheduled_at);

    CREATE TABLE publications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
      channel_id uuid NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
      network text NOT NULL,
      text text NOT NULL,
      media_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
      status text NOT NULL CHECK (status IN
        ('draft','pending_approval','scheduled','publishing','published','failed','cancelled','held')),
      scheduled_at timestamptz,
      published_at timestamptz,
      external_id text,
      external_url text,
      error text,
      -- Exactly-once: the key is fixed when the publication is created and sent with every attempt; the attempt
      -- columns are written before the network is called so a crashed attempt is found and reconciled.
      idempotency_key text NOT NULL,
      attempt_count integer NOT NULL DEFAULT 0,
      attempt_started_at timestamptz,
      lease_until timestamptz,
      next_attempt_at timestamptz,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX publications_post_idx ON publications (post_id);
    CREATE INDEX publications_due_idx ON publications (scheduled_at) WHERE status IN ('scheduled','publishing');
    CREATE UNIQUE INDEX publications_post_channel_key ON publications (post_id, channel_id);
  `.execute(db);
}
