/**
 * Telling people by email that an alert fired. The job is queued in the transaction that stores the alert, so an
 * alert is mailed if and only if it exists, and a failed send is retried by the job queue. The mail is written in the
 * language of the person who made the rule.
 */
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import type { JobDefinition } from '../../core/jobs.js';
import { mailerFor } from '../../core/mailer.js';
import { alertsRepository as repo } from './repository.js';

export const alertEmailJob = {
  name: 'alert-email.v1',
  schema: z.object({ alertId: z.uuid() }),
  retryLimit: 8,
} satisfies JobDefinition<z.ZodType>;

const words = {
  en: { subject: 'Alert', open: 'See it in Chorus:', items: 'What people wrote:' },
  fr: { subject: 'Alerte', open: 'Voir dans Chorus :', items: 'Ce que les gens ont écrit :' },
};

export async function sendAlertEmail(ctx: AppContext, alertId: string): Promise<void> {
  const mail = await repo.alertForEmail(ctx.database.db, alertId);
  if (!mail || mail.emails.length === 0) return;
  const mailer = mailerFor(ctx.config);
  if (!mailer.configured) {
    ctx.log.warn({ alertId }, 'an alert asks for email but the server has no CHORUS_SMTP_URL; not sent');
    return;
  }
  const w = mail.locale.startsWith('fr') ? words.fr : words.en;
  const ids = mail.engagementIds.slice(0, 5);
  const found = new Map((await repo.itemsByIds(ctx.database.db, mail.workspaceId, ids)).map((i) => [i.id, i]));
  // In the alert's order: newest first.
  const items = ids.flatMap((id) => {
    const i = found.get(id);
    return i ? [`- ${i.author_name || i.author_handle}: ${i.text.slice(0, 280)}${i.url ? ` (${i.url})` : ''}`] : [];
  });
  const link = `${ctx.config.publicUrl.replace(/\/+$/, '')}/#/alerts`;
  await mailer.send({
    to: mail.emails,
    subject: `[Chorus] ${w.subject} — ${mail.ruleName}: ${mail.summary}`,
    text: [mail.summary, '', ...(items.length > 0 ? [w.items, ...items, ''] : []), `${w.open} ${link}`].join('\n'),
  });
}
