/** Kysely's view of the audience segments table (migration 0026). */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface SegmentsTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  /** A validated audience condition (src/features/audience); parsed again when read. */
  condition: JSONColumnType<object, string, string>;
  time_zone: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface SegmentsSchema {
  segments: SegmentsTable;
}
