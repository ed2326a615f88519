/**
 * Website tracking, share trees and the link-in-bio page in the browser: an admin allows a site's origin (a path is
 * refused under the field), a link's page explains the snippet while nobody shared, then a share chain arrives the
 * way the /t.js snippet sends it (JSON as text/plain from the allowed origin) and the share tree shows its figures
 * and charts. An editor builds the bio page with two links, reorders and relabels them, sees the preview, and the
 * public `/bio/{slug}` page lists both. Then the same pages in French, on a desktop and a phone.
 *
 * Runs inside web.e2e.test.ts: `cascadeAndBioInEnglish` while the owner is signed in in English,
 * `cascadeAndBioInFrench` after the interface switched to French.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiCall, noSideways, openPhone, PHONE, type BrowserScenarioEnv } from './page-api.js';

export type CascadeBioEnv = BrowserScenarioEnv;

const SHOP = 'https://shop.example.com';
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const TITLE = 'Summer sale';
const SLUG = 'acme-bakery';
/** A 2×2 PNG for the bio page's picture. */
const AVATAR_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAACXBIWXMAAAABAAAAAQBPJcTWAAAAEElEQVR4nGO4FMQARAwQCgAjRgSRzfaXagAAAABJRU5ErkJggg==',
  'base64',
);

const SHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-results/web');

let linkPath = '';

export async function cascadeAndBioInEnglish({ page, context, baseUrl, ctx, app, shot }: CascadeBioEnv): Promise<void> {
  const me = (await page.evaluate(async () => (await fetch('/api/v1/me')).json())) as { workspaces: Array<{ id: string; name: string }> };
  const ws = me.workspaces.find((w) => w.name === 'Acme Bakery')!.id;

  // 1. The admin allows the shop's site; a URL with a path is refused under the field.
  await page.goto(`${baseUrl}/#/workspace`);
  const tracking = page.getByTestId('tracking-settings');
  await tracking.getByRole('heading', { name: 'Website tracking' }).waitFor();
  assert.match(await tracking.getByTestId('snippet-tag').innerText(), new RegExp(`<script src="${baseUrl}/t.js" data-workspace="${ws}" async></script>`));
  await tracking.getByLabel('Website origin').fill(`${SHOP}/cart`);
  await tracking.getByRole('button', { name: 'Allow' }).click();
  await tracking.locator('.field--invalid .field__error').getByText(/scheme, host and port/).waitFor();
  await tracking.getByLabel('Website origin').fill(SHOP);
  await tracking.getByRole('button', { name: 'Allow' }).click();
  await tracking.getByTestId('origin-list').getByText(SHOP, { exact: true }).waitFor();
  assert.equal(await tracking.locator('.field__error').count(), 0);
  await tracking.scrollIntoViewIfNeeded();
  await shot('cascade-01-tracking-settings-en');

  // 2. A link whose visits carry a click id; its page explains the snippet while nobody shared.
  const created = await apiCall<{ id: string; code: string }>(page, 'POST', `/api/v1/workspaces/${ws}/links`, {
    url: `${SHOP}/summer`,
    title: TITLE,
    addClickId: true,
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const link = created.body;
  linkPath = `/links/${link.id}`;
  await page.goto(`${baseUrl}/#${linkPath}`);
  const tree = page.getByTestId('share-tree');
  await tree.getByRole('heading', { name: 'Share tree' }).waitFor();
  await tree.getByTestId('share-tree-empty').getByText('Nobody has shared it yet').waitFor();
  assert.match(await tree.getByTestId('snippet-tag').innerText(), new RegExp(`data-workspace="${ws}"`));
  await shot('cascade-02-empty-en');

  // 3. What the snippet sends: three visitors from the link, and shares two generations deep.
  const click = async (): Promise<string> => {
    const hop = await fetch(`${baseUrl}/l/${link.code}`, { redirect: 'manual', headers: { 'user-agent': BROWSER } });
    assert.equal(hop.status, 302);
    return new URL(hop.headers.get('location')!).searchParams.get('chorus_cid')!;
  };
  const collect = async (body: Record<string, unknown>) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/collect',
      headers: { 'content-type': 'text/plain;charset=UTF-8', origin: SHOP },
      payload: JSON.stringify({ workspaceId: ws, url: `${SHOP}/summer`, ...body }),
    });
    assert.ok([200, 204].includes(res.statusCode), res.body);
    return res.statusCode === 200 ? (res.json().ref as string) : '';
  };
  const roots = [await collect({ type: 'share_token', cid: await click() }), await collect({ type: 'share_token', cid: await click() }), await collect({ type: 'share_token', cid: await click() })];
  const a = await collect({ type: 'share_token', parentRef: roots[0] });
  const b = await collect({ type: 'share_token', parentRef: roots[0] });
  const c = await collect({ type: 'share_token', parentRef: roots[1] });
  const g = await collect({ type: 'share_token', parentRef: a });
  // Visits each token brought (page views landing with ref=token).
  for (const [ref, n] of [[roots[0], 3], [a, 2], [roots[1], 1], [g, 1], [b, 1]] as const) {
    for (let i = 0; i < n; i++) await collect({ type: 'pageview', ref });
  }
  await ctx.links.clicks.flush();
  const cascade = await apiCall<{ metrics: { visitors: number; maxDepth: number; amplification: number; kFactor: number; structuralVirality: number } }>(
    page, 'GET', `/api/v1/workspaces/${ws}/links/${link.id}/cascade`);
  assert.equal(cascade.body.metrics.visitors, 7);
  assert.equal(cascade.body.metrics.maxDepth, 2);

  await tree.getByRole('button', { name: 'Refresh' }).click();
  await tree.getByTestId('cascade-kpi-visitors').getByText('7', { exact: true }).waitFor();
  await tree.getByTestId('cascade-kpi-maxDepth').getByText('2', { exact: true }).waitFor();
  const fmt = (n: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(n);
  await tree.getByTestId('cascade-kpi-amplification').getByText(fmt(cascade.body.metrics.amplification), { exact: true }).waitFor();
  await tree.getByTestId('cascade-kpi-kFactor').getByText(fmt(cascade.body.metrics.kFactor), { exact: true }).waitFor();
  await tree.getByTestId('cascade-kpi-structuralVirality').getByText(fmt(cascade.body.metrics.structuralVirality), { exact: true }).waitFor();
  await tree.getByTestId('cascade-kpi-kFactor').getByText('above 1 the spread feeds itself', { exact: false }).waitFor();
  await tree.getByTestId('cascade-generations').locator('svg').waitFor();
  await tree.getByTestId('cascade-tree').locator('svg').waitFor();
  // The tree draws the link plus its seven visitors as dots.
  const dots = await tree.getByTestId('cascade-tree').locator('svg path, svg circle').count();
  assert.ok(dots >= 8, `tree has ${dots} shapes`);
  await tree.scrollIntoViewIfNeeded();
  await shot('cascade-03-tree-en');

  const phone = await openPhone(context, `${baseUrl}/#${linkPath}`);
  await phone.getByTestId('cascade-tree').locator('svg').waitFor();
  await shot('cascade-04-phone-en', phone);
  await noSideways(phone, 'link page with share tree');
  await phone.close();

  // 4. The link-in-bio page, created in the editor with two links.
  await page.goto(`${baseUrl}/#/links`);
  await page.getByRole('link', { name: 'Link in bio' }).click();
  await page.getByRole('heading', { name: 'Link in bio', exact: true }).waitFor();
  await page.getByText('No link-in-bio page yet.', { exact: false }).waitFor();
  await page.getByText('The preview appears once the page is created.').waitFor();
  const form = page.getByTestId('bio-form');
  await form.getByLabel('Address').fill('a!');
  await form.getByLabel('Title').fill('Acme Bakery');
  await form.getByLabel('Description').fill('Fresh bread every morning. Our offers and news, in one place.');
  await page.getByTestId('bio-avatar-file').setInputFiles({ name: 'bakery.png', mimeType: 'image/png', buffer: AVATAR_PNG });
  await page.getByTestId('bio-avatar-image').waitFor();
  await form.getByText('Ocean').click();
  const pick = page.getByTestId('bio-add-link');
  await pick.selectOption({ label: await pick.locator('option', { hasText: TITLE }).innerText() });
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await pick.selectOption({ label: await pick.locator('option', { hasText: 'Spring menu' }).innerText() });
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByTestId('bio-item-1-label').fill('Our spring menu');
  await page.getByRole('button', { name: 'Move link 2 up' }).click();
  assert.equal(await page.getByTestId('bio-item-0-label').inputValue(), 'Our spring menu');
  await page.getByTestId('bio-item-1-label').fill('Summer sale: -20%');

  await page.getByTestId('bio-save').click();
  const slugError = form.locator('.field').filter({ has: page.getByText('Address', { exact: true }) }).locator('.field__error');
  await slugError.getByText(/3 to 64/).waitFor();
  await shot('bio-01-error-en');
  await form.getByLabel('Address').fill(SLUG);
  await page.getByTestId('bio-save').click();
  await page.getByText('Page saved.', { exact: false }).waitFor();
  const preview = page.frameLocator('[data-testid="bio-preview"]');
  await preview.getByRole('link', { name: 'Our spring menu' }).waitFor();
  await preview.getByRole('link', { name: 'Summer sale: -20%' }).waitFor();
  assert.equal(await page.getByTestId('bio-open').getAttribute('href'), `${baseUrl}/bio/${SLUG}`);
  await shot('bio-02-editor-en');

  const saved = await apiCall<{ items: Array<{ label: string; linkId: string }> }>(page, 'GET', `/api/v1/workspaces/${ws}/bio`);
  assert.deepEqual(saved.body.items.map((i) => i.label), ['Our spring menu', 'Summer sale: -20%']);
  assert.equal(saved.body.items[1]!.linkId, link.id);

  const visitor = await context.newPage();
  await visitor.goto(`${baseUrl}/bio/${SLUG}`);
  await visitor.getByRole('heading', { name: 'Acme Bakery' }).waitFor();
  // The picture uploaded in the editor, loaded (the page's CSP allows the signed media URL).
  await visitor.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('img.avatar');
    return Boolean(img && img.complete && img.naturalWidth === 2);
  });
  const spring = visitor.getByRole('link', { name: 'Our spring menu' });
  const sale = visitor.getByRole('link', { name: 'Summer sale: -20%' });
  await spring.waitFor();
  await sale.waitFor();
  assert.match((await sale.getAttribute('href'))!, new RegExp(`/${link.code}\\?src=bio$`));
  await shot('bio-03-public-desktop', visitor);
  await visitor.setViewportSize(PHONE);
  await shot('bio-04-public-phone', visitor);
  await visitor.close();
}

export async function cascadeAndBioInFrench({ page, context, baseUrl, shot }: CascadeBioEnv): Promise<void> {
  assert.ok(linkPath, 'the English step created a shared link');
  await page.goto(`${baseUrl}/#${linkPath}`);
  const tree = page.getByTestId('share-tree');
  await tree.getByRole('heading', { name: 'Arbre de partage' }).waitFor();
  await tree.getByTestId('cascade-kpi-visitors').getByText('Visiteurs', { exact: true }).waitFor();
  await tree.getByTestId('cascade-kpi-visitors').getByText('7', { exact: true }).waitFor();
  await tree.getByTestId('cascade-kpi-kFactor').getByText('Facteur K').waitFor();
  await tree.getByText('Visiteurs par génération').waitFor();
  await tree.getByTestId('cascade-tree').locator('svg').waitFor();
  await tree.scrollIntoViewIfNeeded();
  await shot('cascade-05-tree-fr');

  await page.goto(`${baseUrl}/#/links/bio`);
  await page.getByRole('heading', { name: 'Lien en bio', exact: true }).waitFor();
  await page.getByTestId('bio-form').getByLabel('Adresse').waitFor();
  assert.equal(await page.getByTestId('bio-form').getByLabel('Adresse').inputValue(), SLUG);
  await page.frameLocator('[data-testid="bio-preview"]').getByRole('link', { name: 'Our spring menu' }).waitFor();
  await page.getByRole('button', { name: 'Enregistrer la page' }).waitFor();
  await shot('bio-05-editor-fr');

  const phone = await openPhone(context, `${baseUrl}/#/links/bio`);
  await phone.frameLocator('[data-testid="bio-preview"]').getByRole('link', { name: 'Our spring menu' }).waitFor();
  await shot('bio-06-phone-editor-fr', phone);
  // A full-page shot may leave a frame below the fold unpainted: the preview on its own, scrolled into view.
  const frame = phone.getByTestId('bio-preview');
  await frame.scrollIntoViewIfNeeded();
  await frame.screenshot({ path: path.join(SHOTS, 'bio-07-phone-preview-fr.png') });
  await noSideways(phone, 'bio editor');
  await phone.goto(`${baseUrl}/#${linkPath}`);
  await phone.getByTestId('cascade-tree').locator('svg').waitFor();
  await shot('cascade-06-phone-fr', phone);
  await noSideways(phone, 'link page in French');
  await phone.goto(`${baseUrl}/#/workspace`);
  await phone.getByTestId('tracking-settings').getByText(SHOP, { exact: true }).waitFor();
  await shot('cascade-07-phone-tracking-fr', phone);
  await noSideways(phone, 'workspace page');
  await phone.close();
}
