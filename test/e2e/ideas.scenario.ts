/**
 * The content library. In English: an idea with tags is added to the board, moved to "Ready" with "Move to", turned
 * into a draft post in one click (the composer opens with the idea's text and tags); a tag is added in the composer
 * and the draft saved; back on the board the tag filter lists that draft (with its tags) beside the ideas, and a
 * search with no match says so. In French: the board, the drafts and the tag filter.
 * Runs inside web.e2e.test.ts with the owner signed in (Acme Bakery, English).
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

export interface IdeasEnv {
  page: Page;
  baseUrl: string;
  shot(name: string, target?: Page): Promise<void>;
}

const TITLE = `Heatwave lemonade ${Date.now()}`;

export async function ideasScenario({ page, baseUrl, shot }: IdeasEnv): Promise<void> {
  await page.goto(`${baseUrl}/#/ideas`);
  await page.getByTestId('language').selectOption('en');
  const first = page.getByTestId('ideas-column-idea');
  await first.getByTestId('idea-title').fill(TITLE);
  await first.getByTestId('idea-tags').fill('#Summer, drinks');
  await first.getByTestId('idea-save').click();
  const card = page.getByTestId('idea-card').filter({ hasText: TITLE });
  await card.getByText('#summer').waitFor();
  await card.getByTestId('idea-move').selectOption('ready');
  await page.getByTestId('ideas-column-ready').getByTestId('idea-card').filter({ hasText: TITLE }).waitFor();

  // One click: a draft post with the idea's words and tags, open in the composer.
  await page.getByTestId('ideas-column-ready').getByTestId('idea-card').filter({ hasText: TITLE }).getByTestId('idea-to-post').click();
  await page.waitForURL(/#\/compose\?post=/);
  const tags = page.getByTestId('composer-tags');
  await page.waitForFunction(() => (document.querySelector('[data-testid="composer-tags"]') as HTMLInputElement | null)?.value === 'summer, drinks');
  assert.match(await page.getByTestId('composer-text').inputValue(), /Heatwave lemonade/);
  await tags.fill('summer, drinks, Lemonade');
  await page.getByTestId('pick-bluesky').check();
  await page.getByTestId('mode-draft').check();
  await shot('ideas-01-draft-tags-en');
  await page.getByTestId('composer-submit').click();
  await page.waitForURL(/#\/posts\//);

  // The board's tag filter finds the draft, with its tags, beside the idea now in "Turned into posts".
  await page.goto(`${baseUrl}/#/ideas`);
  await page.getByTestId('ideas-column-used').getByTestId('idea-card').filter({ hasText: TITLE }).getByTestId('idea-open-post').waitFor();
  await page.getByTestId('ideas-tag-filter').selectOption('lemonade');
  const drafts = page.getByTestId('saved-drafts');
  const draft = drafts.getByTestId('saved-draft').filter({ hasText: 'Heatwave lemonade' });
  await draft.getByText('#lemonade').waitFor();
  assert.equal(await drafts.getByTestId('saved-draft').count(), 1, 'only the draft with that tag is listed');
  await shot('ideas-02-drafts-by-tag-en');
  await page.getByTestId('ideas-tag-filter').selectOption('');
  const search = page.getByRole('searchbox', { name: 'Search ideas' });
  await search.fill('no such words anywhere');
  await drafts.getByText('No saved draft has these words or this tag.').waitFor();
  // The board keeps its search while the page stays open; empty it for the French part.
  await search.fill('');

  await page.getByTestId('language').selectOption('fr');
  await page.goto(`${baseUrl}/#/ideas`);
  await page.getByRole('heading', { name: 'Idées', exact: true }).first().waitFor();
  await page.getByTestId('ideas-tag-filter').selectOption('lemonade');
  await page.getByTestId('saved-drafts').getByRole('heading', { name: 'Brouillons enregistrés' }).waitFor();
  await page.getByTestId('saved-draft').filter({ hasText: 'Heatwave lemonade' }).getByText('#lemonade').waitFor();
  await shot('ideas-03-drafts-by-tag-fr');
  await page.getByTestId('language').selectOption('en');
}
