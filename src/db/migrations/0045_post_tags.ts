import { sql, type Kysely } from 'kysely';

// Tags on posts (issue 15: "saved drafts and ideas with tags"): the same words as on ideas, so a draft is found again
// by the tag its idea had. A GIN index serves the `tags @> '["summer"]'` filter of the drafts list.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE posts ADD COLUMN tags jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(tags) = 'array')`.execute(db);
  await sql`CREATE INDEX posts_tags ON posts USING gin (tags)`.execute(db);
}
