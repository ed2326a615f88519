/** Kysely's view of the campaigns table (migration 0030). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type CampaignGoal = 'awareness' | 'traffic' | 'leads';

export interface CampaignsTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  goal: CampaignGoal;
  starts_at: Timestamp;
  ends_at: Timestamp;
  /** utm_campaign of the tracked links of its posts and links. */
  utm_campaign: string;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
  archived_at: Timestamp | null;
}

export interface CampaignsSchema {
  campaigns: CampaignsTable;
}
