import { sql, type Kysely } from 'kysely';

// Images converted for a network's rules (a PNG made JPEG for Instagram, a photo shrunk under X's 5 MB), made once
// and reused by every publication that needs the same rules. `key` names those rules (convert.ts renditionKey), so
// two networks with the same rules share one rendition. The original upload stays in `media`; a rendition's row goes
// with its media (the files are removed by the media service).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE media_renditions (
      media_id uuid NOT NULL REFERENCES media(id) ON DELETE CASCADE,
      key text NOT NULL,
      storage_key text NOT NULL,
      mime_type text NOT NULL,
      size_bytes bigint NOT NULL CHECK (size_bytes > 0),
      width integer NOT NULL,
      height integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (media_id, key)
    );
  `.execute(db);
}
