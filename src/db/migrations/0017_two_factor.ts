import { sql, type Kysely } from 'kysely';

// Two-factor sign-in (TOTP, RFC 6238) and sessions a person can see and end.
//
// user_two_factor: one row per person who started enrolment. The TOTP secret is sealed like channel credentials
// (bound to the user id). enabled_at stays null until a valid code confirms the enrolment; only then does sign-in
// ask for a code. last_used_step is the time step of the last accepted code, so a code cannot be replayed.
//
// two_factor_recovery_codes: ten one-use codes per person, stored as SHA-256 hashes (80 random bits each).
//
// two_factor_challenges: the short-lived, single-use ticket handed out after the password step; `attempts` counts
// code guesses so the challenge dies after five.
//
// sessions gain an id (the key people and the API use; the token hash never leaves the server), when they were last
// seen, and from which browser and address.
//
// workspaces.require_two_factor: an owner's switch that keeps people without two-factor out of the workspace.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE user_two_factor (
      user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
      secret_enc text NOT NULL,
      enabled_at timestamptz,
      last_used_step bigint,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE two_factor_recovery_codes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      code_hash text NOT NULL,
      used_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX two_factor_recovery_codes_key ON two_factor_recovery_codes (user_id, code_hash);

    CREATE TABLE two_factor_challenges (
      token_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      attempts integer NOT NULL DEFAULT 0,
      expires_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX two_factor_challenges_expiry_idx ON two_factor_challenges (expires_at);

    ALTER TABLE sessions ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid();
    CREATE UNIQUE INDEX sessions_id_key ON sessions (id);
    ALTER TABLE sessions ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now();
    ALTER TABLE sessions ADD COLUMN user_agent text;
    ALTER TABLE sessions ADD COLUMN ip text;

    CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

    ALTER TABLE workspaces ADD COLUMN require_two_factor boolean NOT NULL DEFAULT false;
  `.execute(db);
}
