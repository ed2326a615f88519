/** Kysely's view of the scheduled analytics reports (migration 0036). */
import type { ColumnType, Generated } from 'kysely';

export interface ReportSchedulesTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  frequency: 'weekly' | 'monthly';
  /** JSON array of addresses. */
  emails: ColumnType<string[], string, string>;
  channel_id: string | null;
  campaign_id: string | null;
  locale: 'en' | 'fr';
  next_run_at: Date;
  last_sent_at: Date | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface ReportsSchema {
  report_schedules: ReportSchedulesTable;
}
