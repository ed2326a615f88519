import { sql, type Kysely } from 'kysely';

// Resumable uploads outlive the worker that started them, and YouTube's daily quota is counted once for every process.
//
// upload_sessions: where a publication's upload stands (YouTube session URI and video id, TikTok publish id and
// upload URL), under the publication's idempotency key. The session is sealed like channel credentials: an upload URI
// lets whoever holds it write the video. bytes_confirmed is the progress Google or TikTok acknowledged. Rows go once
// their publication is finished or they expire (swept by the workers).
//
// network_quota_usage: units spent per network, project (YouTube: the Google Cloud OAuth client), bucket and quota
// day, reserved with one conditional upsert so two workers cannot both spend the last units.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE upload_sessions (
      network text NOT NULL,
      idempotency_key text NOT NULL,
      channel_id uuid NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
      session_enc text NOT NULL,
      bytes_confirmed bigint NOT NULL DEFAULT 0 CHECK (bytes_confirmed >= 0),
      updated_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      PRIMARY KEY (network, idempotency_key)
    );
    CREATE INDEX upload_sessions_expiry_idx ON upload_sessions (expires_at);
    CREATE INDEX upload_sessions_channel_idx ON upload_sessions (channel_id);
    -- The sweep finds the publication of a session by its key.
    CREATE INDEX publications_idempotency_idx ON publications (idempotency_key);

    CREATE TABLE network_quota_usage (
      network text NOT NULL,
      project text NOT NULL,
      bucket text NOT NULL,
      day date NOT NULL,
      units integer NOT NULL CHECK (units >= 0),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (network, project, bucket, day)
    );
  `.execute(db);
}
