/**
 * Scheduled analytics reports by email: the figures of the period with their change from the one before, the three
 * best posts, and the whole view attached as CSV (the same file as the analytics page's "Export CSV"), written in the
 * schedule's language. Due schedules are claimed and moved forward in the transaction that queues their job, so a
 * report goes out once however many workers run; a failed send is retried by the job queue.
 *
 * @example
 *   await queueDueReports(ctx);                                   // every few minutes, any worker
 *   await sendReport(ctx, scheduleId, { from: '2026-11-30', to: '2026-12-06' });   // the job
 */
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import type { JobDefinition } from '../../core/jobs.js';
import { mailerFor } from '../../core/mailer.js';
import { analyticsViewCsv } from '../analytics/export.js';
import { analytics, topPosts } from '../analytics/service.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { reportsRepository as repo, type ReportSchedule } from './repository.js';
import { nextRun, periodBefore } from './schedule.js';

export const reportEmailJob = {
  name: 'report-email.v1',
  schema: z.object({ scheduleId: z.uuid(), from: z.string(), to: z.string() }),
  retryLimit: 8,
} satisfies JobDefinition<z.ZodType>;

const WORDS = {
  en: {
    weekly: 'Weekly report', monthly: 'Monthly report', impressions: 'Impressions', engagements: 'Engagements', rate: 'Engagement rate',
    clicks: 'Link clicks', published: 'Posts published', vs: 'vs the period before', top: 'Best posts', open: 'See it in Chorus:', csv: 'Every figure is in the attached CSV.',
  },
  fr: {
    weekly: 'Rapport hebdomadaire', monthly: 'Rapport mensuel', impressions: 'Impressions', engagements: 'Interactions', rate: "Taux d'engagement",
    clicks: 'Clics sur les liens', published: 'Publications', vs: 'par rapport à la période précédente', top: 'Meilleures publications', open: 'Voir dans Chorus :', csv: 'Tous les chiffres sont dans le CSV joint.',
  },
};

/** Claims the due schedules, moves each to its next run and queues its report, in one transaction. */
export async function queueDueReports(ctx: AppContext, now = new Date()): Promise<number> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const due = await repo.lockDue(trx, now, 50);
    for (const s of due) {
      // The period ends before the run that was due, even when the worker comes late.
      const period = periodBefore(s.frequency, s.next_run_at);
      await repo.moveOn(trx, s.id, nextRun(s.frequency, now));
      await ctx.jobs.send(reportEmailJob, { scheduleId: s.id, ...period }, { trx });
    }
    return due.length;
  });
}

function accessFor(s: ReportSchedule): WorkspaceAccess {
  return { workspaceId: s.workspace_id, workspaceName: '', timezone: 'UTC', userId: s.created_by ?? '', role: 'viewer' };
}

/** Writes and sends one report; false when the schedule is gone or the server has no SMTP settings. */
export async function sendReport(ctx: AppContext, scheduleId: string, period: { from: string; to: string }): Promise<boolean> {
  const s = await repo.findById(ctx.database.db, scheduleId);
  if (!s) return false;
  const mailer = mailerFor(ctx.config);
  if (!mailer.configured) {
    ctx.log.warn({ scheduleId }, 'a report is due but the server has no CHORUS_SMTP_URL; not sent');
    return false;
  }
  const w = WORDS[s.locale];
  const access = accessFor(s);
  const query = { ...period, compare: 'previous' as const, ...(s.channel_id && { channelId: s.channel_id }), ...(s.campaign_id && { campaignId: s.campaign_id }) };
  const [data, top] = await Promise.all([analytics(ctx, access, query), topPosts(ctx, access, { ...query, sort: 'engagementRate', limit: 3 })]);
  const file = analyticsViewCsv(data);
  const number = new Intl.NumberFormat(s.locale);
  const percent = new Intl.NumberFormat(s.locale, { style: 'percent', maximumFractionDigits: 2 });
  const change = (c: number | null | undefined) => (c === null || c === undefined ? '' : ` (${c > 0 ? '+' : ''}${number.format(Math.round(c * 10) / 10)} % ${w.vs})`);
  const t = data.totals;
  const c = data.previous?.change;
  const lines = [
    `${s.name} — ${period.from} … ${period.to} (UTC)`,
    '',
    `${w.impressions}: ${number.format(t.impressions)}${change(c?.impressions)}`,
    `${w.engagements}: ${number.format(t.engagements)}${change(c?.engagements)}`,
    `${w.rate}: ${t.engagementRate === null ? '—' : percent.format(t.engagementRate)}${change(c?.engagementRate)}`,
    `${w.clicks}: ${number.format(t.linkClicks)}${change(c?.linkClicks)}`,
    `${w.published}: ${number.format(t.published)}`,
    ...(top.posts.length > 0 ? ['', `${w.top}:`, ...top.posts.map((p) => `- ${p.text.replace(/\s+/g, ' ').slice(0, 100)} (${p.network}${p.url ? `, ${p.url}` : ''})`)] : []),
    '',
    w.csv,
    `${w.open} ${ctx.config.publicUrl.replace(/\/+$/, '')}/#/analytics`,
  ];
  await mailer.send({
    to: s.emails,
    subject: `[Chorus] ${w[s.frequency]} — ${s.name}: ${period.from} … ${period.to}`,
    text: lines.join('\n'),
    attachments: [{ filename: file.fileName, content: file.csv, contentType: 'text/csv; charset=utf-8' }],
  });
  await repo.markSent(ctx.database.db, s.id, new Date());
  return true;
}
