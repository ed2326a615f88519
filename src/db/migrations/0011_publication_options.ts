import { sql, type Kysely } from 'kysely';

// Settings only one network understands (an X thread, LinkedIn targeting, a Pinterest board, a YouTube title), given
// per network or per channel in a post's variants and kept on each publication, so the publisher sends exactly
// what was validated.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE publications ADD COLUMN options jsonb NOT NULL DEFAULT '{}'::jsonb`.execute(db);
}
