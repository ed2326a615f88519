/**
 * Short links in the browser: creating one with two climate rules and a tag (the refusal of a `javascript:`
 * destination shows under the URL field), its page with QR code and rules, a few visits through the server's
 * `/l/{code}` redirect, and the statistics (totals, clicks per day, breakdowns) in English, then in French, on a
 * desktop and a phone.
 *
 * Runs inside web.e2e.test.ts: `linksInEnglish` while the owner is signed in in English, `linksInFrench` after the
 * interface switched to French.
 */
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import type { AppContext } from '../../src/core/context.js';
import { noSideways, openPhone } from './page-api.js';

export interface LinksEnv {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  ctx: AppContext;
  shot(name: string, target?: Page): Promise<void>;
}

const TITLE = 'Spring menu';
const VISITORS = [
  // A phone coming from Bluesky, twice; a desktop browser; a tablet.
  { ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', referer: 'https://bsky.app/' },
  { ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', referer: 'https://bsky.app/' },
  { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36' },
  { ua: 'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', referer: 'https://mastodon.social/' },
];

let linkPath = '';

/** The error shown under the field labelled `label` of the link form. */
const fieldError = (page: Page, label: string) =>
  page.getByTestId('link-form').locator('.field').filter({ has: page.getByText(label, { exact: true }) }).locator('.field__error');

export async function linksInEnglish({ page, baseUrl, ctx, shot }: LinksEnv): Promise<void> {
  await page.goto(`${baseUrl}/#/calendar`);
  await page.getByRole('link', { name: 'Links', exact: true }).click();
  await page.getByRole('heading', { name: 'Links', exact: true }).waitFor();
  await page.getByText('No link yet.').waitFor();
  await shot('links-01-empty-en');

  await page.getByRole('button', { name: 'New link' }).click();
  const form = page.getByTestId('link-form');
  await form.getByLabel('Destination URL').fill('javascript:alert(1)');
  await form.getByLabel('Title (optional)').fill(TITLE);
  await form.getByLabel('Tags').fill('spring, menu');
  await form.getByLabel('Source', { exact: true }).fill('newsletter');
  // utm_campaign comes from a campaign (#/campaigns); this workspace has none, so the picker offers only "No campaign".
  await form.getByLabel('Campaign', { exact: true }).selectOption({ label: 'No campaign' });

  // Two rules: hot places get the summer menu, cold ones the winter menu.
  await form.getByRole('button', { name: 'Add a rule' }).click();
  await page.getByTestId('rule-0-kind').selectOption('climate');
  await page.getByTestId('rule-0-hot').check();
  await page.getByTestId('rule-0-url').fill('https://example.com/menu/summer');
  await form.getByRole('button', { name: 'Add a rule' }).click();
  await page.getByTestId('rule-1-kind').selectOption('climate');
  await page.getByTestId('rule-1-cold').check();
  await page.getByTestId('rule-1-url').fill('https://example.com/menu/winter');
  // Reordering works both ways.
  await page.getByRole('button', { name: 'Move rule 2 up' }).click();
  assert.equal(await page.getByTestId('rule-0-url').inputValue(), 'https://example.com/menu/winter');
  await page.getByRole('button', { name: 'Move rule 1 down' }).click();
  assert.equal(await page.getByTestId('rule-0-url').inputValue(), 'https://example.com/menu/summer');

  // The advanced box shows what is sent.
  await form.getByText('Advanced: the rules as JSON').click();
  const json = JSON.parse(await page.getByTestId('rules-json').inputValue()) as Array<{ when: unknown; url: string }>;
  assert.deepEqual(json, [
    { when: { climate: 'hot' }, url: 'https://example.com/menu/summer' },
    { when: { climate: 'cold' }, url: 'https://example.com/menu/winter' },
  ]);

  await page.getByTestId('link-submit').click();
  const urlError = fieldError(page, 'Destination URL');
  await urlError.waitFor();
  assert.match(await urlError.innerText(), /http\(s\)|javascript/);
  await shot('links-02-form-error-en');

  await form.getByLabel('Destination URL').fill('https://example.com/menu');
  await page.getByTestId('link-submit').click();
  await page.getByRole('heading', { name: TITLE }).waitFor();
  linkPath = new URL(page.url()).hash.slice(1);
  const linkId = linkPath.split('/').pop()!;
  await page.getByText('Climate now is: Hot').waitFor();
  await page.getByText('Climate now is: Cold').waitFor();
  await page.getByTestId('link-stats').getByText('No clicks in the last 30 days.', { exact: false }).waitFor();
  await shot('links-03-new-en');

  // A few visits through the server's own redirect route.
  const link = (await page.evaluate(
    async (u) => (await fetch(u, { credentials: 'same-origin' })).json(),
    `/api/v1/workspaces/${await workspaceId(page)}/links/${linkId}`,
  )) as { code: string; shortUrl: string; tags: string[] };
  assert.deepEqual(link.tags, ['spring', 'menu']);
  assert.equal(await page.getByTestId('short-url').locator('a').getAttribute('href'), link.shortUrl);
  for (const visitor of VISITORS) {
    const headers: Record<string, string> = { 'user-agent': visitor.ua, 'accept-language': 'en-US,en;q=0.9' };
    if (visitor.referer) headers.referer = visitor.referer;
    const answer = await fetch(`${baseUrl}/l/${link.code}`, { redirect: 'manual', headers });
    assert.ok([301, 302, 303, 307, 308].includes(answer.status), `redirect status ${answer.status}`);
    assert.match(answer.headers.get('location') ?? '', /^https:\/\/example\.com\/menu/);
  }
  await ctx.links.clicks.flush();

  await page.getByTestId('link-stats').getByRole('button', { name: 'Refresh' }).click();
  await page.getByTestId('kpi-clicks').getByText(String(VISITORS.length), { exact: true }).waitFor();
  await page.getByTestId('chart-series').locator('svg').waitFor();
  await page.getByTestId('breakdown-device').getByText('Mobile').waitFor();
  await page.getByTestId('breakdown-referrer').getByText('bsky.app').waitFor();
  await page.getByRole('button', { name: '7 days' }).click();
  await page.getByTestId('kpi-clicks').getByText(String(VISITORS.length), { exact: true }).waitFor();
  await shot('links-04-stats-en');

  // Edit: the new UTM medium is saved and shown.
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByTestId('link-form').getByLabel('Medium', { exact: true }).fill('social');
  await page.getByRole('button', { name: 'Save link' }).click();
  await page.getByText('Link saved.').waitFor();
  await page.getByText('utm_medium=').waitFor();

  // Archive and restore.
  await page.getByRole('button', { name: 'Archive' }).click();
  await page.getByText('Link archived', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Restore' }).click();
  await page.getByText('Link restored', { exact: false }).waitFor();

  await page.getByRole('link', { name: 'All links' }).click();
  const list = page.getByTestId('link-list');
  await list.getByText(TITLE).waitFor();
  await page.getByTestId('tag-filter').selectOption('menu');
  await list.getByRole('button', { name: '#spring' }).waitFor();
  await shot('links-05-list-en');
  await page.getByRole('button', { name: 'Archived' }).click();
  await page.getByText('No link is tagged menu.').waitFor();
  await page.getByTestId('tag-filter').selectOption('');
  await page.getByText('No archived link.').waitFor();
  assert.match(new URL(page.url()).hash, /^#\/links\?archived=true$/);
}

async function workspaceId(page: Page): Promise<string> {
  return page.evaluate(() => localStorage.getItem('chorus.workspace')).then(async (id) => {
    if (id) return id;
    const me = (await page.evaluate(async () => (await fetch('/api/v1/me')).json())) as { workspaces: Array<{ id: string }> };
    return me.workspaces[0]!.id;
  });
}

export async function linksInFrench({ page, context, baseUrl, shot }: LinksEnv): Promise<void> {
  assert.ok(linkPath, 'the English links step created a link');
  await page.goto(`${baseUrl}/#/calendar`);
  await page.getByRole('link', { name: 'Liens', exact: true }).click();
  await page.getByRole('heading', { name: 'Liens', exact: true }).waitFor();
  await page.getByTestId('link-list').getByRole('link', { name: TITLE }).click();
  await page.getByRole('heading', { name: 'Statistiques' }).waitFor();
  await page.getByTestId('kpi-clicks').getByText('Clics').waitFor();
  await page.getByTestId('kpi-clicks').getByText(String(VISITORS.length), { exact: true }).waitFor();
  await page.getByTestId('kpi-uniques').getByText('Visiteurs uniques').waitFor();
  await page.getByTestId('chart-series').locator('svg').waitFor();
  await page.getByTestId('breakdown-device').getByText('Ordinateur').waitFor();
  await page.getByText('Le climat actuel est : Chaud').waitFor();
  await shot('links-06-stats-fr');

  // The same refusal, in French, under the URL field.
  await page.goto(`${baseUrl}/#/links?new=1`);
  const form = page.getByTestId('link-form');
  await form.getByLabel('URL de destination').fill('javascript:alert(1)');
  await page.getByTestId('link-submit').click();
  await fieldError(page, 'URL de destination').getByText('Utilisez une adresse web complète', { exact: false }).waitFor();
  await shot('links-07-form-error-fr');
  // A rule's mistake goes under that rule.
  await form.getByLabel('URL de destination').fill('https://example.com/menu');
  await form.getByRole('button', { name: 'Ajouter une règle' }).click();
  await page.getByTestId('rule-0-list').fill('XX');
  await page.getByTestId('rule-0-url').fill('https://example.com/ailleurs');
  await page.getByTestId('link-submit').click();
  await page.getByTestId('rule-0').locator('.field__error').waitFor();
  assert.equal(await fieldError(page, 'URL de destination').count(), 0);

  const phone = await openPhone(context, `${baseUrl}/#${linkPath}`);
  await phone.getByTestId('chart-series').locator('svg').waitFor();
  await shot('links-08-phone-link-fr', phone);
  await noSideways(phone, 'link page');
  await phone.goto(`${baseUrl}/#/links?new=1`);
  await phone.getByTestId('link-form').waitFor();
  await phone.getByRole('button', { name: 'Ajouter une règle' }).click();
  await phone.getByTestId('rule-0-kind').selectOption('climate');
  await shot('links-09-phone-form-fr', phone);
  await noSideways(phone, 'links page');
  await phone.close();
}
