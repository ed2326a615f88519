/**
 * The inbox, in the browser: people answer one of our published Bluesky posts and mention the brand; a community
 * manager sees the open count in the navigation, saves a reply (an unknown variable is refused, naming it), filters
 * the inbox, assigns an item, tags it, answers with the saved reply filled in for the person (queued, then sent by
 * the reply job the workers run, the box showing it sent), and marks it done with the keyboard — then works the next
 * item the same way in French.
 *
 * Runs inside web.e2e.test.ts with the owner signed in and a Bluesky account connected (its fake answers replies).
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { AppContext } from '../../src/core/context.js';
import { channelsRepository, type ChannelRow } from '../../src/features/channels/repository.js';
import { storeEngagement } from '../../src/features/engagement/service.js';

export interface InboxEnv {
  page: Page;
  baseUrl: string;
  ctx: AppContext;
  shot(name: string): Promise<void>;
}

/** The workspace's connected Bluesky account, as the ingestion jobs see it (the live step stores on it too). */
export async function blueskyChannelOf(ctx: AppContext, workspaceId: string): Promise<ChannelRow> {
  const db = ctx.database.db;
  const channel = await db
    .selectFrom('channels')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('network', '=', 'bluesky')
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return (await channelsRepository.findById(db, channel.id))!;
}

/** Two people answer the workspace's latest Bluesky publication (or the account itself when none is published). */
async function seedEngagement(ctx: AppContext, workspaceId: string): Promise<void> {
  const db = ctx.database.db;
  const row = await blueskyChannelOf(ctx, workspaceId);
  const published = await db
    .selectFrom('publications')
    .select('external_id')
    .where('channel_id', '=', row.id)
    .where('external_id', 'is not', null)
    .orderBy('published_at', 'desc')
    .executeTakeFirst();
  const parent = published?.external_id ?? null;
  const person = (id: string, name: string, handle: string) => ({ externalId: id, displayName: name, handle, avatarUrl: null });
  await storeEngagement(ctx, row, [
    { kind: parent ? 'reply' : 'mention', externalId: 'inbox-ada', inReplyTo: parent, author: person('ada', 'Ada Lovelace', '@ada.test'), text: 'Does it work with engines?', url: null, createdAt: new Date(Date.now() - 60_000) },
    { kind: parent ? 'reply' : 'mention', externalId: 'inbox-marie', inReplyTo: parent, author: person('marie', 'Marie Curie', '@marie.test'), text: 'Bravo pour le lancement !', url: null, createdAt: new Date() },
  ]);
}

const item = (page: Page, externalId: string) => page.locator(`[data-testid="inbox-item"][data-external-id="${externalId}"]`);

export async function inboxScenario({ page, baseUrl, ctx, shot }: InboxEnv): Promise<void> {
  await page.goto(`${baseUrl}/#/inbox`);
  await page.getByTestId('language').selectOption('en');
  await page.getByRole('heading', { name: 'Inbox' }).waitFor();
  const workspaceId = await page.getByTestId('workspace-switcher').inputValue();
  await seedEngagement(ctx, workspaceId);
  await page.reload();
  await item(page, 'inbox-ada').waitFor();
  // The badge is asked on load (then every minute): both new items are open.
  const badge = page.getByRole('navigation').getByTestId('inbox-count');
  await badge.waitFor();
  assert.ok(Number(await badge.locator('[aria-hidden]').textContent()) >= 2);

  // A saved reply: a misspelt variable is refused, naming it; then saved.
  await page.getByTestId('saved-replies').locator('summary').click();
  await page.getByTestId('saved-reply-new').click();
  await page.getByTestId('saved-reply-name').fill('Thanks');
  await page.getByTestId('saved-reply-text').fill('Thanks {{frist_name}}!');
  await page.getByTestId('saved-reply-save').click();
  await page.getByText('The variable “frist_name” is not one Chorus knows', { exact: false }).waitFor();
  await page.getByTestId('saved-reply-text').fill('Thanks {{first_name}}, we are on it.');
  await page.getByTestId('saved-reply-save').click();
  await page.getByTestId('saved-replies').getByText('Thanks {{first_name}}, we are on it.').waitFor();

  // Filter, pick Ada's question, assign it, tag it, answer with the saved reply, mark it done with "e".
  await page.getByTestId('inbox-status').selectOption('open');
  await item(page, 'inbox-ada').click();
  const detail = page.getByTestId('inbox-detail');
  await detail.getByText('Does it work with engines?').waitFor();
  await detail.getByTestId('inbox-assign').selectOption({ index: 1 });
  await item(page, 'inbox-ada').getByText('Assigned').waitFor();
  await detail.getByTestId('inbox-tags').fill('Engines, VIP');
  await detail.getByTestId('inbox-tags').press('Enter');
  await item(page, 'inbox-ada').getByText('#vip').waitFor();
  await detail.getByTestId('inbox-saved-picker').selectOption({ label: 'Thanks' });
  assert.equal(await detail.getByTestId('inbox-reply').inputValue(), 'Thanks Ada, we are on it.');
  await detail.getByTestId('inbox-reply').fill('Thanks Ada, we are on it. Engines next week!');
  await detail.getByTestId('inbox-send').click();
  // The reply is queued (202) and sent by the workers' reply job: the box lists it, then shows it sent, and the
  // list shows the item answered once it went out.
  const adaReply = detail.getByTestId('inbox-replies').locator('li', { hasText: 'Engines next week!' });
  await adaReply.waitFor();
  await adaReply.and(page.locator('[data-status="sent"]')).waitFor();
  await detail.getByText('Reply sent.').waitFor();
  await item(page, 'inbox-ada').getByText('Answered').waitFor();
  await shot('70-inbox-answered-en');
  await page.getByRole('heading', { name: 'Inbox' }).click();
  await page.keyboard.press('e');
  // Done leaves the "open" filter; the "done" one shows it.
  await item(page, 'inbox-ada').waitFor({ state: 'detached' });
  await page.getByTestId('inbox-status').selectOption('done');
  await item(page, 'inbox-ada').getByText('Done').waitFor();

  // In French: the next item, reached with j, answered and done the same way.
  await page.getByTestId('language').selectOption('fr');
  await page.getByRole('heading', { name: 'Boîte de réception' }).waitFor();
  await page.getByRole('navigation').getByRole('link', { name: /Boîte de réception/ }).waitFor();
  await page.getByTestId('inbox-status').selectOption('open');
  await item(page, 'inbox-marie').waitFor();
  await page.getByRole('heading', { name: 'Boîte de réception' }).click();
  for (let presses = 0; presses < 20 && (await item(page, 'inbox-marie').getAttribute('aria-current')) !== 'true'; presses++) await page.keyboard.press('j');
  assert.equal(await item(page, 'inbox-marie').getAttribute('aria-current'), 'true', 'j reaches the next item');
  const detailFr = page.getByTestId('inbox-detail');
  await detailFr.getByText('Bravo pour le lancement !').waitFor();
  await detailFr.getByTestId('inbox-assign').selectOption({ index: 1 });
  await item(page, 'inbox-marie').getByText('Attribué').waitFor();
  await page.keyboard.press('r');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'inbox-reply', 'r goes to the reply box');
  await detailFr.getByTestId('inbox-saved-picker').selectOption({ label: 'Thanks' });
  await detailFr.getByTestId('inbox-reply').fill('Merci Marie !');
  await detailFr.getByTestId('inbox-send').click();
  // Sent by the reply job in the background, as above.
  await detailFr.getByText('Réponse envoyée.').waitFor();
  await shot('71-inbox-answered-fr');
  await detailFr.getByTestId('inbox-done').click();
  await item(page, 'inbox-marie').waitFor({ state: 'detached' });
  await page.getByTestId('inbox-status').selectOption('done');
  await item(page, 'inbox-marie').getByText('Traité').waitFor();
  await page.getByTestId('language').selectOption('en');
}
