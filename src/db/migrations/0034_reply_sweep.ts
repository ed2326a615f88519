import { sql, type Kysely } from 'kysely';

// The reply sweeper (src/features/engagement/reply-sweeper.ts) looks every minute for unfinished replies whose job was
// lost. Unfinished replies are a handful among every reply ever sent, so a partial index keeps that look cheap.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX engagement_replies_unfinished_idx ON engagement_replies (created_at) WHERE status IN ('queued', 'sending')`.execute(db);
}
