/** Kysely's view of notes on posts, in-app notifications and post versions (migration 0042). */
import type { ColumnType, Generated } from 'kysely';

export interface NotificationsTable {
  id: Generated<string>;
  workspace_id: string;
  /** The person told. */
  user_id: string;
  /** What happened, e.g. `post.note.mention`; the web app words it from this and `data`. */
  kind: string;
  actor_user_id: string | null;
  target_type: string;
  target_id: string;
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
  read_at: Date | null;
  created_at: Generated<Date>;
}

export interface PostNotesTable {
  id: Generated<string>;
  workspace_id: string;
  post_id: string;
  author_id: string | null;
  text: string;
  /** JSON array of the user ids of the workspace's members the note mentions. */
  mentions: ColumnType<string[], string | undefined, string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** What a version keeps of a post: everything an edit can change about what goes out and when. */
export interface PostVersionContent {
  text: string;
  mediaIds: string[];
  /** The variants as they were (the shape of PostVariantRow in schema.ts). */
  variants: Array<{ network?: string; channelId?: string; segmentId?: string; url?: string; text?: string; mediaIds?: string[]; options?: Record<string, unknown> }>;
  channelIds: string[];
  scheduledAt: string | null;
  scheduledLocal: { date: string; time: string } | null;
}

export interface PostVersionsTable {
  id: Generated<string>;
  workspace_id: string;
  post_id: string;
  /** 1 for the post as first written, then one more per change. */
  number: number;
  author_id: string | null;
  content: ColumnType<PostVersionContent, string, string>;
  /** Which parts changed from the version before: text, variants, media, channels, schedule. */
  changes: ColumnType<string[], string | undefined, string>;
  created_at: Generated<Date>;
}

export interface CollaborationSchema {
  notifications: NotificationsTable;
  post_notes: PostNotesTable;
  post_versions: PostVersionsTable;
}
