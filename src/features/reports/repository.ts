/** Scheduled analytics reports: the only code that touches report_schedules. */
import type { Selectable } from 'kysely';
import type { Queryable, Tx } from '../../db/database.js';
import type { ReportSchedulesTable } from '../../db/schema.js';

export type ReportSchedule = Selectable<ReportSchedulesTable>;

export interface NewReportSchedule {
  workspaceId: string;
  name: string;
  frequency: 'weekly' | 'monthly';
  emails: string[];
  channelId: string | null;
  campaignId: string | null;
  locale: 'en' | 'fr';
  nextRunAt: Date;
  createdBy: string;
}

export const reportsRepository = {
  async insert(db: Queryable, r: NewReportSchedule): Promise<ReportSchedule> {
    return db
      .insertInto('report_schedules')
      .values({
        workspace_id: r.workspaceId, name: r.name, frequency: r.frequency, emails: JSON.stringify(r.emails), channel_id: r.channelId,
        campaign_id: r.campaignId, locale: r.locale, next_run_at: r.nextRunAt, created_by: r.createdBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async list(db: Queryable, workspaceId: string): Promise<ReportSchedule[]> {
    return db.selectFrom('report_schedules').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at').execute();
  },

  async find(db: Queryable, workspaceId: string, id: string): Promise<ReportSchedule | undefined> {
    return db.selectFrom('report_schedules').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  },

  async findById(db: Queryable, id: string): Promise<ReportSchedule | undefined> {
    return db.selectFrom('report_schedules').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async remove(db: Queryable, workspaceId: string, id: string): Promise<boolean> {
    const res = await db.deleteFrom('report_schedules').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return Number(res.numDeletedRows) > 0;
  },

  /** The due schedules, locked (others skip them) until the transaction that moves them forward ends. */
  async lockDue(trx: Tx, now: Date, limit: number): Promise<ReportSchedule[]> {
    return trx.selectFrom('report_schedules').selectAll().where('next_run_at', '<=', now).orderBy('next_run_at').limit(limit).forUpdate().skipLocked().execute();
  },

  async moveOn(trx: Tx, id: string, nextRunAt: Date): Promise<void> {
    await trx.updateTable('report_schedules').set({ next_run_at: nextRunAt }).where('id', '=', id).execute();
  },

  async markSent(db: Queryable, id: string, at: Date): Promise<void> {
    await db.updateTable('report_schedules').set({ last_sent_at: at }).where('id', '=', id).execute();
  },
};
