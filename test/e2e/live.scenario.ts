/**
 * The inbox's live updates, in the browser, after the inbox walk-through: with the inbox open and its event stream
 * connected, a new mention is stored on the server (as a poll or a webhook would store it); without a reload it
 * appears highlighted, a polite live region announces it in English and then in French, and the navigation's count
 * goes up by one. Opening the item ends its highlight.
 *
 * Runs inside web.e2e.test.ts with the owner signed in and a Bluesky account connected.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { AppContext } from '../../src/core/context.js';
import { blueskyChannelOf, type InboxEnv } from './inbox.scenario.js';
import { storeEngagement } from '../../src/features/engagement/service.js';

export type LiveEnv = InboxEnv;

/** Grace mentions the workspace's Bluesky account. */
async function storeMention(ctx: AppContext, workspaceId: string): Promise<void> {
  const row = await blueskyChannelOf(ctx, workspaceId);
  const grace = { externalId: 'grace', displayName: 'Grace Hopper', handle: '@grace.test', avatarUrl: null };
  const stored = await storeEngagement(ctx, row, [
    { kind: 'mention', externalId: 'live-grace', inReplyTo: null, author: grace, text: 'Found a moth in the oven, is that normal?', url: null, createdAt: new Date() },
  ]);
  assert.equal(stored, 1, 'the mention is new');
}

/** The number on the navigation's inbox badge (0 when there is no badge: nothing open). */
async function badgeCount(page: Page): Promise<number> {
  const text = await page.evaluate(() => document.querySelector('nav [data-testid="inbox-count"] [aria-hidden]')?.textContent ?? '0');
  return Number(text);
}

export async function liveScenario({ page, baseUrl, ctx, shot }: LiveEnv): Promise<void> {
  await page.goto(`${baseUrl}/#/inbox`);
  // The inbox walk-through ends on this page with a filter set: start from a fresh load (all statuses).
  await page.reload();
  await page.getByTestId('language').selectOption('en');
  await page.getByRole('heading', { name: 'Inbox' }).waitFor();
  // Once the stream has opened, the server has subscribed it: whatever is stored from now on reaches it.
  await page.locator('[data-testid="inbox"][data-stream="open"]').waitFor();
  await page.getByTestId('inbox-counts').waitFor();
  const before = await badgeCount(page);
  const workspaceId = await page.getByTestId('workspace-switcher').inputValue();
  const requests: string[] = [];
  const onRequest = (request: { url(): string }) => void requests.push(request.url());
  page.on('request', onRequest);

  await storeMention(ctx, workspaceId);
  const grace = page.locator('[data-testid="inbox-item"][data-external-id="live-grace"]');
  await grace.and(page.locator('[data-live="new"]')).waitFor();
  const news = page.getByTestId('inbox-news');
  assert.equal(await news.getAttribute('aria-live'), 'polite');
  await news.getByText('1 new item', { exact: true }).waitFor();
  await page.waitForFunction(
    (expected) => document.querySelector('nav [data-testid="inbox-count"] [aria-hidden]')?.textContent === String(expected),
    before + 1,
  );
  page.off('request', onRequest);
  assert.ok(!requests.some((url) => url.includes('/inbox/events')), 'the same stream brought the news: no reconnect, no reload');
  await shot('72-inbox-live-new');

  await page.getByTestId('language').selectOption('fr');
  await news.getByText('1 nouvel élément', { exact: true }).waitFor();
  await grace.click();
  await page.getByTestId('inbox-detail').getByText('Found a moth in the oven, is that normal?').waitFor();
  assert.equal(await grace.getAttribute('data-live'), null, 'opened: no longer highlighted');
  assert.equal(await news.textContent(), '');
  await page.getByTestId('language').selectOption('en');
}
