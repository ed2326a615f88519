/**
 * Alert email through a real SMTP server (maildev): a rule that lists addresses fires, the alert's email job is
 * queued with it, and the mail arrives with the rule's name, the numbers and the messages, in the language of the
 * person who made the rule. Without CHORUS_SMTP_URL nothing is sent and nothing fails. A teammate @mentioned in a
 * note on a post gets a mail too, queued with the note.
 *
 * Run: bash test/peers/maildev/setup.sh && node scripts/test.mjs test/peers/email.test.ts
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'kysely';
import { openTestDatabase, type TestDatabase } from '../../src/db/testing.js';
import { call, type TestApp } from '../../src/testing/app.js';
import { createTenantApp, type Tenant } from '../../src/testing/scenario.js';
import { channelsRepository } from '../../src/features/channels/repository.js';
import { storeEngagement } from '../../src/features/engagement/service.js';
import { evaluateRule } from '../../src/features/alerts/service.js';
import { sendAlertEmail } from '../../src/features/alerts/jobs.js';
import { comment } from '../fakes/inbox-network.js';
import { metricsRepository } from '../../src/features/metrics/repository.js';
import { metricsAt, seedPublication } from '../../src/features/analytics/analytics.testing.js';
import { sendReport } from '../../src/features/reports/service.js';
import { sendMentionEmail } from '../../src/features/post-notes/jobs.js';
import { memberToken } from '../fakes/inbox-network.js';
import { startMaildev, type Maildev } from './maildev/harness.js';

let maildev: Maildev;
let database: TestDatabase;
let t: TestApp;
let a: Tenant;

before(async () => {
  maildev = await startMaildev();
  database = await openTestDatabase('pglite');
  ({ app: t, tenant: a } = await createTenantApp(database, { env: { CHORUS_SMTP_URL: maildev.smtpUrl, CHORUS_MAIL_FROM: 'Chorus <alerts@chorus.test>' } }));
});
after(async () => {
  await t?.close();
  await database?.close();
  await maildev?.stop();
});

/** Fires a negative-surge rule that mails `emails`; returns the alert's id and the email jobs queued for it. */
async function fire(name: string, emails: string[], prefix: string) {
  const rule = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/alert-rules`, {
    name, kind: 'negative_surge', windowMinutes: 30, minCount: 3, notify: { emails },
  });
  assert.equal(rule.status, 201, JSON.stringify(rule.body));
  const channel = (await channelsRepository.findById(database.db, a.channelId))!;
  const now = Date.now();
  await storeEngagement(t.ctx, channel, [0, 1, 2, 3].map((i) => comment(`${prefix}-${i}`, null, new Date(now - (i + 1) * 60_000), `${prefix} flat and sad ${i}`)));
  await database.db.updateTable('engagements').set({ sentiment_label: 'negative' }).where('external_id', 'like', `${prefix}-%`).execute();
  const [alert] = await evaluateRule(t.ctx, rule.body.id);
  assert.ok(alert, 'the rule fired');
  const jobs = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'alert-email.v1' AND data->>'alertId' = ${alert.id}`.execute(database.db);
  return { alertId: alert.id, queued: jobs.rows[0]!.n };
}

it('mails an alert to the rule\'s addresses, queued with the alert, in English', async () => {
  const { alertId, queued } = await fire('Storm watch', ['ops@example.test', 'pr@example.test'], 'en');
  assert.equal(queued, 1, 'one email job, queued in the alert\'s transaction');
  await sendAlertEmail(t.ctx, alertId);
  const mails = (await maildev.received()).filter((m) => m.subject.includes('Storm watch'));
  assert.equal(mails.length, 1);
  const mail = mails[0]!;
  assert.deepEqual(mail.to.map((x) => x.address).sort(), ['ops@example.test', 'pr@example.test']);
  assert.equal(mail.from[0]!.address, 'alerts@chorus.test');
  assert.match(mail.subject, /^\[Chorus\] Alert — Storm watch: 4 negative items in 30 minutes/);
  assert.match(mail.text, /What people wrote:\n- A Fan: en flat and sad 0/);
  assert.match(mail.text, /See it in Chorus: http:\/\/.+\/#\/alerts/);
});

it('writes in French for a rule made by someone who reads French', async () => {
  // The account's language (the web app sets it from the browser at sign-up; no route changes it yet).
  await database.db.updateTable('users').set({ locale: 'fr' }).where('id', '=', a.userId).execute();
  const { alertId } = await fire('Veille', ['com@example.test'], 'fr');
  await sendAlertEmail(t.ctx, alertId);
  const mail = (await maildev.received()).find((m) => m.subject.includes('Veille'))!;
  assert.match(mail.subject, /^\[Chorus\] Alerte — Veille:/);
  assert.match(mail.text, /Ce que les gens ont écrit :/);
  assert.match(mail.text, /Voir dans Chorus :/);
});

it('sends a scheduled analytics report in French: the figures with their change, the best posts, the CSV attached', async () => {
  const made = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/report-schedules`, {
    name: 'Chiffres du lundi', frequency: 'weekly', emails: ['direction@example.test'], locale: 'fr',
  });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  const seeded = await seedPublication(database.db, { workspaceId: a.workspaceId, channelId: a.channelId, publishedAt: new Date('2026-11-24T10:00:00Z'), text: 'Le goût des jours d’été' });
  await metricsRepository.addPoints(database.db, [{ publicationId: seeded.publicationId, metrics: metricsAt('2026-11-25T10:00:00Z', { likes: 30, impressions: 1200, linkClicks: 7 }) }]);
  assert.equal(await sendReport(t.ctx, made.body.id, { from: '2026-11-23', to: '2026-11-29' }), true);
  const mail = (await maildev.received()).find((m) => m.subject.includes('Chiffres du lundi'))!;
  assert.ok(mail, 'the report arrived');
  assert.equal(mail.subject, '[Chorus] Rapport hebdomadaire — Chiffres du lundi: 2026-11-23 … 2026-11-29');
  assert.deepEqual(mail.to.map((x) => x.address), ['direction@example.test']);
  assert.match(mail.text, /Impressions : 1[\s\u202f\u00a0]200|Impressions: 1[\s\u202f\u00a0]200/);
  assert.match(mail.text, /Meilleures publications:\n- Le goût des jours d’été \(bluesky/);
  const csv = mail.attachments?.[0];
  assert.ok(csv, 'a CSV is attached');
  assert.match(csv.contentType, /^text\/csv/);
  assert.equal(csv.filename, 'chorus-analytics-2026-11-23-2026-11-29.csv');
});

it('mails the member a note mentions, queued with the note, in their language, with a link to the post', async () => {
  // The owner reads French since the test above.
  const ws = `/api/v1/workspaces/${a.workspaceId}`;
  const editor = await memberToken(t.app, a.token, a.workspaceId, 'editor');
  const post = await call(t.app, a.token, 'POST', `${ws}/posts`, { text: 'Pain au levain', channelIds: [a.channelId] });
  const note = await call(t.app, editor, 'POST', `${ws}/posts/${post.body.id}/notes`, { text: `@${a.email} peux-tu relire ?` });
  assert.equal(note.status, 201, JSON.stringify(note.body));
  const queued = await sql<{ id: string }>`SELECT n.id FROM notifications n WHERE n.target_id = ${post.body.id}`.execute(database.db);
  const jobs = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'post-note-mention-email.v1' AND data->>'notificationId' = ${queued.rows[0]!.id}`.execute(database.db);
  assert.equal(jobs.rows[0]!.n, 1, 'one email job, queued with the note');
  assert.equal(await sendMentionEmail(t.ctx, queued.rows[0]!.id), true);
  const mail = (await maildev.received()).find((m) => m.subject.includes('vous a mentionné'))!;
  assert.ok(mail, 'the mention arrived');
  assert.deepEqual(mail.to.map((x) => x.address), [a.email]);
  assert.match(mail.text, /peux-tu relire \?/);
  assert.match(mail.text, new RegExp(`Voir la publication dans Chorus : http://.+/#/posts/${post.body.id}`));
});
