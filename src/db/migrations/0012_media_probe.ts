import { sql, type Kysely } from 'kysely';

// What ffprobe says of an uploaded video, so each network's duration, frame-rate and codec rules are checked
// before a post is scheduled (null for images, and when ffprobe is not installed).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE media ADD COLUMN duration_seconds real;
    ALTER TABLE media ADD COLUMN frame_rate real;
    ALTER TABLE media ADD COLUMN video_codec text;
  `.execute(db);
}
