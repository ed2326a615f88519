import { sql, type Kysely } from 'kysely';

// Whether a post's URLs become tracked short links (one per publication, with its network's UTM).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE posts ADD COLUMN track_links boolean NOT NULL DEFAULT true;
    CREATE INDEX links_publication_idx ON links (publication_id) WHERE publication_id IS NOT NULL;
  `.execute(db);
}
