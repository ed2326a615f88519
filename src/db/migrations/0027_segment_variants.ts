import { sql, type Kysely } from 'kysely';

// Variants per audience segment (issue 13). A post with segment variants gets one publication per channel and
// segment beside the default one per channel, so the (post, channel) key becomes (post, channel, segment).
//
// `segment_id` is ON DELETE RESTRICT, not SET NULL: a publication's segment is what results per segment are read by,
// and a published variant that silently turned into "everyone" would both lie in the results and collide with the
// channel's default publication. Deleting a segment that publications name is refused by the segments feature with
// a 409 that says what to do; the database refuses it too, should anything else try.
//
// `time_zone` is the IANA zone the publication was timed in (the segment's, or the post's for the default one), so
// its due time can be shown in UTC and on the local clock. `posts.scheduled_local` keeps `{date, time}` when the post
// was scheduled on the local clocks ("12:00 wherever each segment is") rather than at one instant. `targeting` is what
// the network was sent for the segment when it was published (Facebook `targeting`, LinkedIn `targetEntities`): "hot
// now" is resolved then, so this is the record of which countries it meant.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE publications ADD COLUMN segment_id uuid REFERENCES segments(id) ON DELETE RESTRICT;
    ALTER TABLE publications ADD COLUMN time_zone text;
    ALTER TABLE publications ADD COLUMN targeting jsonb;
    ALTER TABLE posts ADD COLUMN scheduled_local jsonb;
    DROP INDEX publications_post_channel_key;
    CREATE UNIQUE INDEX publications_post_channel_key ON publications (post_id, channel_id) WHERE segment_id IS NULL;
    CREATE UNIQUE INDEX publications_post_channel_segment_key ON publications (post_id, channel_id, segment_id)
      WHERE segment_id IS NOT NULL;
    CREATE INDEX publications_segment_idx ON publications (segment_id) WHERE segment_id IS NOT NULL;
  `.execute(db);
}
