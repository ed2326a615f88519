import { sql, type Kysely } from 'kysely';

// The media library (issue 15): uploads get tags to find them again, and the library lists a workspace's uploads
// newest first, so that order gets an index (the table had only its primary key and the workspace's foreign key).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE media ADD COLUMN tags jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(tags) = 'array')`.execute(db);
  await sql`CREATE INDEX media_library_order ON media (workspace_id, created_at DESC, id DESC)`.execute(db);
}
