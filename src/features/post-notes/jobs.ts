/**
 * Telling a mentioned person by email. The job is queued in the transaction that stores the note and its
 * notifications, so the request never waits on SMTP, a mail goes out if and only if the notification exists, and a
 * failed send is retried by the job queue. The mail is written in the person's language.
 */
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import type { JobDefinition } from '../../core/jobs.js';
import { mailerFor } from '../../core/mailer.js';
import { notificationsRepository } from '../notifications/repository.js';

export const mentionEmailJob = {
  name: 'post-note-mention-email.v1',
  schema: z.object({ notificationId: z.uuid() }),
  retryLimit: 8,
} satisfies JobDefinition<z.ZodType>;

const WORDS = {
  en: { subject: (who: string) => `${who} mentioned you in a note`, open: 'See the post in Chorus:', in: 'Workspace' },
  fr: { subject: (who: string) => `${who} vous a mentionné dans une note`, open: 'Voir la publication dans Chorus :', in: 'Espace de travail' },
};

/** Sends the mail of one mention; false when the notification is gone or the server has no SMTP settings. */
export async function sendMentionEmail(ctx: AppContext, notificationId: string): Promise<boolean> {
  const n = await notificationsRepository.findForEmail(ctx.database.db, notificationId);
  if (!n) return false;
  const mailer = mailerFor(ctx.config);
  if (!mailer.configured) {
    ctx.log.warn({ notificationId }, 'a mention asks for email but the server has no CHORUS_SMTP_URL; not sent');
    return false;
  }
  const w = n.locale.startsWith('fr') ? WORDS.fr : WORDS.en;
  const who = n.actor_name || n.actor_email || 'Chorus';
  const excerpt = typeof n.data.excerpt === 'string' ? n.data.excerpt : '';
  const link = `${ctx.config.publicUrl.replace(/\/+$/, '')}/#/posts/${n.target_id}`;
  await mailer.send({
    to: [n.email],
    subject: `[Chorus] ${w.subject(who)}`,
    text: [`${w.in}: ${n.workspace_name}`, '', excerpt, '', `${w.open} ${link}`].join('\n'),
  });
  return true;
}
