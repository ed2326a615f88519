/** Kysely's view of templates, hashtag groups, variables and channel signatures (migration 0039). */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type JsonList = JSONColumnType<string[], string | undefined, string>;

export interface TemplatesTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  text: string;
  tags: JsonList;
  /** The channels it is written for: its filled variants are checked against their rules when saved. */
  channel_ids: JsonList;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface HashtagGroupsTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  /** Without the leading '#'. */
  hashtags: JsonList;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

/** A variable's value at one scope: the workspace (both ids null), a channel, or a segment. */
export interface TemplateVariablesTable {
  id: Generated<string>;
  workspace_id: string;
  channel_id: string | null;
  segment_id: string | null;
  name: string;
  value: string;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface ChannelSignaturesTable {
  channel_id: string;
  workspace_id: string;
  text: string;
  updated_at: Timestamp;
}

export interface TemplatesSchema {
  templates: TemplatesTable;
  hashtag_groups: HashtagGroupsTable;
  template_variables: TemplateVariablesTable;
  channel_signatures: ChannelSignaturesTable;
}
