/**
 * The mails of client approval links: the link to the client (when the team gave an address), and each decision to
 * the post's author and the link's maker. Both are jobs queued in the transaction that made the link or the decision,
 * so a mail goes out if and only if the thing exists, and a failed send is retried. The link's address is a secret:
 * the job carries it sealed with the server's key (bound to the link), never in clear in the queue's table.
 * The client has no account and so no language setting: their mail is written in English and French.
 */
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import type { JobDefinition } from '../../core/jobs.js';
import { mailerFor } from '../../core/mailer.js';
import { clientApprovalsRepository as repo } from './repository.js';

export const clientLinkEmailJob = {
  name: 'client-approval-link-email.v1',
  schema: z.object({ linkId: z.uuid(), sealedUrl: z.string() }),
  retryLimit: 8,
} satisfies JobDefinition<z.ZodType>;

export const clientDecisionEmailJob = {
  name: 'client-approval-decision-email.v1',
  // `hold` was added later, optional: jobs queued before it still read the same.
  schema: z.object({ linkId: z.uuid(), postId: z.uuid(), hold: z.object({ alreadySent: z.number().int().min(0) }).optional() }),
  retryLimit: 8,
} satisfies JobDefinition<z.ZodType>;

function mailerOrWarn(ctx: AppContext, what: string, linkId: string) {
  const mailer = mailerFor(ctx.config);
  if (!mailer.configured) ctx.log.warn({ linkId }, `${what}, but the server has no CHORUS_SMTP_URL; not sent`);
  return mailer.configured ? mailer : null;
}

/** Mails the link to the client; nothing when the link was revoked meanwhile or has no address. */
export async function sendLinkEmail(ctx: AppContext, linkId: string, sealedUrl: string): Promise<void> {
  const link = await repo.findById(ctx.database.db, linkId);
  if (!link?.email || link.revoked_at) return;
  const mailer = mailerOrWarn(ctx, 'a client approval link asks to be mailed', linkId);
  if (!mailer) return;
  const { url } = ctx.secrets.open(sealedUrl, linkId);
  const workspace = await repo.workspaceName(ctx.database.db, link.workspace_id);
  const until = link.expires_at.toISOString().slice(0, 10);
  const note = link.note ? ['', link.note, ''] : [''];
  await mailer.send({
    to: [link.email],
    subject: `[${workspace}] Posts to approve / Publications à valider`,
    text: [
      `${workspace} asks you to review ${link.post_ids.length} post(s) before they go out. No account is needed.`,
      `${workspace} vous demande de valider ${link.post_ids.length} publication(s) avant leur diffusion. Aucun compte n'est nécessaire.`,
      ...note,
      url,
      '',
      `This link works until ${until} (UTC). / Ce lien est valable jusqu'au ${until} (UTC).`,
    ].join('\n'),
  });
}

const WORDS = {
  en: {
    approved: (who: string) => `${who} approved a post`,
    changes: (who: string) => `${who} asked for changes to a post`,
    through: 'through a client approval link:',
    comment: 'Comment',
    heldOff: 'The post was taken off the schedule: it will not go out until the team approves or schedules it again.',
    alreadySent: (n: number) => `${n} publication(s) had already gone out and stay as they are.`,
    see: 'See it in Chorus:',
  },
  fr: {
    approved: (who: string) => `${who} a validé une publication`,
    changes: (who: string) => `${who} a demandé des modifications sur une publication`,
    through: "par un lien de validation client :",
    comment: 'Commentaire',
    heldOff: "La publication a été retirée du planning : elle ne partira pas tant que l'équipe ne l'aura pas de nouveau validée ou planifiée.",
    alreadySent: (n: number) => `${n} publication(s) déjà diffusée(s) restent telles quelles.`,
    see: 'La voir dans Chorus :',
  },
};

/**
 * Tells the post's author and the link's maker what the client decided, each in their language; `hold` says the post
 * was taken off the schedule (and how many of its publications had already gone out).
 */
export async function sendDecisionEmail(ctx: AppContext, linkId: string, postId: string, hold?: { alreadySent: number }): Promise<void> {
  const db = ctx.database.db;
  const [link, decision] = await Promise.all([repo.findById(db, linkId), repo.findDecision(db, linkId, postId)]);
  if (!link || !decision) return;
  const { postText, people } = await repo.peopleToTell(db, link.workspace_id, postId, link.created_by);
  if (people.length === 0) return;
  const mailer = mailerOrWarn(ctx, 'a client decided on a post', linkId);
  if (!mailer) return;
  for (const lang of ['en', 'fr'] as const) {
    const to = people.filter((p) => (p.locale.startsWith('fr') ? 'fr' : 'en') === lang).map((p) => p.email);
    if (to.length === 0) continue;
    const w = WORDS[lang];
    const who = decision.name || (lang === 'fr' ? 'Le client' : 'The client');
    const what = decision.decision === 'approved' ? w.approved(who) : w.changes(who);
    await mailer.send({
      to,
      subject: `[Chorus] ${what}`,
      text: [
        `${what} ${w.through}`,
        '',
        postText.replace(/\s+/g, ' ').slice(0, 200),
        ...(decision.comment ? ['', `${w.comment}: ${decision.comment}`] : []),
        ...(hold ? ['', w.heldOff, ...(hold.alreadySent > 0 ? [w.alreadySent(hold.alreadySent)] : [])] : []),
        '',
        `${w.see} ${ctx.config.publicUrl.replace(/\/+$/, '')}/#/posts/${postId}`,
      ].join('\n'),
    });
  }
}
