/**
 * Early warning from the screens. In English: the alerts page explains itself while empty; a keyword rule without
 * keywords is refused with the server's reason under the field; a negative-surge rule is added; a burst of negative
 * replies arrives in the inbox, the workers' round evaluates the rule, and the alert shows with the messages that
 * caused it. In French: the same alert, written from its numbers in French. Then publishing is paused from the alert
 * (its reason filled in from the alert) and resumed from the banner. Runs inside web.e2e.test.ts with the owner
 * signed in.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { AppContext } from '../../src/core/context.js';
import { channelsRepository } from '../../src/features/channels/repository.js';
import { storeEngagement } from '../../src/features/engagement/service.js';
import { evaluateRule } from '../../src/features/alerts/service.js';
import { comment } from '../fakes/inbox-network.js';

export interface AlertsEnv {
  page: Page;
  baseUrl: string;
  ctx: AppContext;
  shot(name: string): Promise<void>;
}

/** Eight negative replies in the last minutes, on a channel of the workspace the rule belongs to. */
async function negativeBurst(ctx: AppContext, ruleName: string): Promise<string> {
  const db = ctx.database.db;
  const rule = await db.selectFrom('alert_rules').select(['id', 'workspace_id']).where('name', '=', ruleName).executeTakeFirstOrThrow();
  const [channel] = await channelsRepository.list(db, rule.workspace_id);
  assert.ok(channel, 'the workspace has a channel');
  const now = Date.now();
  const items = Array.from({ length: 8 }, (_, i) => comment(`burst-${i}`, null, new Date(now - (i + 1) * 60_000), `This is the worst flavour ever ${i}`));
  await storeEngagement(ctx, channel, items);
  await db.updateTable('engagements').set({ sentiment_label: 'negative', sentiment_score: -0.8 }).where('external_id', 'like', 'burst-%').execute();
  return rule.id;
}

export async function alertsScenario({ page, baseUrl, ctx, shot }: AlertsEnv): Promise<void> {
  await page.goto(`${baseUrl}/#/alerts`);
  await page.getByTestId('language').selectOption('en');
  await page.getByRole('heading', { name: 'Alerts', exact: true }).waitFor();
  await page.getByText('No alert so far.', { exact: false }).waitFor();

  const form = page.getByTestId('new-alert-rule');
  await form.getByLabel('Name').fill('Refund talk');
  await form.getByLabel('Watch for').selectOption({ label: 'Keyword surge' });
  await form.getByRole('button', { name: 'Add the rule' }).click();
  await form.locator('.field__error').filter({ hasText: 'needs at least one keyword' }).waitFor();

  await form.getByLabel('Name').fill('Storm watch');
  await form.getByLabel('Watch for').selectOption({ label: 'Negative surge' });
  await form.getByLabel('At least').fill('5');
  await form.getByRole('button', { name: 'Add the rule' }).click();
  const rule = page.getByTestId('alert-rule').filter({ hasText: 'Storm watch' });
  await rule.getByText('window 30 min · from 5 messages').waitFor();
  await shot('al-01-alert-rules');

  const ruleId = await negativeBurst(ctx, 'Storm watch');
  // The server's workers evaluate rules every 15 s; evaluating now only saves the wait. Either way it fires once.
  await evaluateRule(ctx, ruleId);
  await evaluateRule(ctx, ruleId);
  const fired = await ctx.database.db.selectFrom('alerts').select('id').where('rule_id', '=', ruleId).execute();
  assert.equal(fired.length, 1, 'one surge, one alert');
  await page.getByRole('button', { name: 'Refresh' }).click();
  const alert = page.getByTestId('alert').first();
  await alert.getByText('8 negative messages in 30 minutes (usually 0)').waitFor();
  await alert.getByText('This is the worst flavour ever 0').waitFor();
  await alert.getByText('rule “Storm watch”', { exact: false }).waitFor();
  await shot('al-02-alert-fired');

  await page.getByTestId('language').selectOption('fr');
  await page.getByRole('heading', { name: 'Alertes', exact: true }).waitFor();
  await alert.getByText("8 messages négatifs en 30 minutes (d'habitude 0)").waitFor();
  await page.getByTestId('alert-rule').filter({ hasText: 'Storm watch' }).getByText('fenêtre de 30 min · à partir de 5 messages').waitFor();
  await shot('al-03-alert-fired-fr');
  await page.getByTestId('language').selectOption('en');

  // The crisis switch, one click from the alert: the reason is the alert itself; then resume from the banner.
  await alert.getByTestId('pause-publishing').click();
  const reason = page.getByTestId('pause-publishing-form').locator('textarea[name="reason"]');
  assert.match(await reason.inputValue(), /^Alert: 8 negative messages in 30 minutes/);
  await page.getByTestId('pause-publishing-confirm').click();
  const banner = page.getByTestId('paused-banner');
  await banner.getByText(/Alert: 8 negative messages in 30 minutes/).waitFor();
  await shot('al-04-paused-from-alert');
  await banner.getByTestId('resume-publishing').click();
  await banner.getByTestId('resume-publishing-confirm').click();
  await banner.waitFor({ state: 'detached' });
}
