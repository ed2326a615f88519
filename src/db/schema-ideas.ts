/** Kysely's view of the ideas board (migration 0044). */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type IdeaStage = 'idea' | 'shaping' | 'ready' | 'used';

export interface IdeasTable {
  id: Generated<string>;
  workspace_id: string;
  title: string;
  notes: Generated<string>;
  tags: JSONColumnType<string[], string | undefined, string>;
  media_ids: JSONColumnType<string[], string | undefined, string>;
  stage: ColumnType<IdeaStage, IdeaStage | undefined, IdeaStage>;
  position: Generated<number>;
  /** The post made from it; null once that post is deleted. */
  post_id: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface IdeasSchema {
  ideas: IdeasTable;
}
