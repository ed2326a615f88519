/** Kysely's view of the early-warning tables (migration 0023): alert rules and the alerts they fired. */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type AlertKind = 'negative_surge' | 'keyword_surge' | 'post_backlash';

export interface AlertNotify {
  /** Deliver `alert.fired` to the workspace's webhooks that subscribe to it. */
  webhooks?: boolean;
  emails?: string[];
}

export interface AlertRulesTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  kind: AlertKind;
  window_minutes: number;
  min_count: number;
  keywords: ColumnType<string[], string[] | undefined, string[]>;
  notify: ColumnType<AlertNotify, string | undefined, string>;
  active: Generated<boolean>;
  armed: Generated<boolean>;
  next_evaluation_at: Timestamp;
  last_evaluated_at: Timestamp | null;
  last_fired_at: Timestamp | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface AlertsTable {
  id: Generated<string>;
  workspace_id: string;
  rule_id: string | null;
  kind: AlertKind;
  fired_at: Timestamp;
  summary: string;
  engagement_ids: ColumnType<string[], string[] | undefined, string[]>;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
}

export interface AlertsSchema {
  alert_rules: AlertRulesTable;
  alerts: AlertsTable;
}
