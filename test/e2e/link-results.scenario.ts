/**
 * What a link brings in, in the browser: an A/B link is set up in the link form (an arm's bad destination is refused
 * under that arm), its page says there is not enough data yet and explains conversion tracking, then visitors go
 * through the real `/l/{code}` redirect and the shop reports sales and a lead through the real collect endpoint the
 * way the /t.js snippet does. The page then shows the conversions (count, value, rate against clicks, by goal and by
 * network) and the arms (probabilities as bars, the leader marked, a verdict); editing a weight changes the split.
 * Then the same page in French, on a desktop and a phone.
 *
 * Runs inside web.e2e.test.ts after the cascade and bio steps (which allow the shop's origin for tracking):
 * `linkResultsInEnglish` while the owner is signed in in English, `linkResultsInFrench` after the switch to French.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { noSideways, openPhone, type BrowserScenarioEnv } from './page-api.js';

export type LinkResultsEnv = BrowserScenarioEnv;

const SHOP = 'https://shop.example.com';
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const TITLE = 'Sourdough landing test';
/**
 * Visitors sent through the redirect. With a 1:1 split, each arm gets fewer than the verdict's 20 visits with a
 * probability of about 3 in a million (binomial, n = 80), so the verdict is not left to chance.
 */
const VISITS = 80;
const SALE_VALUE = 12.5;

let linkPath = '';
/** What the English step measured, for the French one to find again. */
let expected = { conversions: 0, sales: 0 };

/** A GET from inside the signed-in page (same cookie). */
async function apiGet<T>(page: Page, url: string): Promise<T> {
  return page.evaluate(async (u) => (await fetch(u, { credentials: 'same-origin' })).json(), url) as Promise<T>;
}

/** An amount in euros as the page writes it, whichever space the browser's ICU puts around the sign. */
function money(language: string, amount: number): RegExp {
  const text = new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' }).format(amount);
  return new RegExp(`^${text.replace(/[.$]/g, '\\$&').replace(/\s/g, '\\s')}$`);
}

const armField = (page: Page, i: number, label: string) => page.getByTestId(`arm-edit-${i}`).getByLabel(label);

export async function linkResultsInEnglish({ page, baseUrl, ctx, app, shot }: LinkResultsEnv): Promise<void> {
  const me = await apiGet<{ workspaces: Array<{ id: string; name: string }> }>(page, '/api/v1/me');
  const ws = me.workspaces.find((w) => w.name === 'Acme Bakery')!.id;

  // 1. The A/B test is set up in the link form; an arm's bad destination is refused under that arm.
  await page.goto(`${baseUrl}/#/links?new=1`);
  const form = page.getByTestId('link-form');
  await form.getByLabel('Destination URL').fill(`${SHOP}/bread`);
  await form.getByLabel('Title (optional)').fill(TITLE);
  await form.getByLabel('Add a click id').check();
  await form.getByLabel('Split visitors between several destinations').check();
  assert.equal(await armField(page, 0, 'Arm 1 destination').inputValue(), `${SHOP}/bread`);
  await armField(page, 0, 'Arm 1 name').fill('calm');
  await armField(page, 0, 'Arm 1 destination').fill(`${SHOP}/bread/calm`);
  await armField(page, 1, 'Arm 2 name').fill('bold');
  await armField(page, 1, 'Arm 2 destination').fill('javascript:alert(1)');
  await page.getByTestId('link-submit').click();
  await page.getByTestId('arm-edit-1').locator('.field__error').waitFor();
  assert.equal(await page.getByTestId('arm-edit-0').locator('.field__error').count(), 0);
  await shot('results-01-arm-error-en');
  await armField(page, 1, 'Arm 2 destination').fill(`${SHOP}/bread/bold`);
  await page.getByTestId('link-submit').click();
  await page.getByRole('heading', { name: TITLE }).waitFor();
  linkPath = new URL(page.url()).hash.slice(1);
  const linkId = linkPath.split('/').pop()!;

  // 2. Before any visit: no verdict, no leader, each arm half the traffic; conversion tracking explained.
  const arms = page.getByTestId('link-arms');
  await arms.getByRole('heading', { name: 'A/B test' }).waitFor();
  await arms.getByTestId('arms-verdict').getByText('Not enough data yet', { exact: false }).waitFor();
  assert.equal(await arms.locator('[data-leader]').count(), 0);
  await arms.getByTestId('arm-calm-share').getByText('50%', { exact: true }).waitFor();
  await arms.getByTestId('arm-bold-share').getByText('50%', { exact: true }).waitFor();
  const conversions = page.getByTestId('link-conversions');
  await conversions.getByTestId('conversions-empty').getByText('No conversions in the last 30 days').waitFor();
  assert.match(await conversions.getByTestId('snippet-tag').innerText(), new RegExp(`data-workspace="${ws}"`));
  await conversions.getByText("chorus('sale', { value: 42, currency: 'EUR' });").waitFor();
  await conversions.scrollIntoViewIfNeeded();
  await shot('results-02-empty-en');

  // 3. Visitors through the real redirect; the shop reports sales for half of "bold" and one lead for "calm".
  const link = await apiGet<{ code: string }>(page, `/api/v1/workspaces/${ws}/links/${linkId}`);
  const byArm: Record<'calm' | 'bold', string[]> = { calm: [], bold: [] };
  for (let i = 0; i < VISITS; i++) {
    const hop = await fetch(`${baseUrl}/l/${link.code}`, { redirect: 'manual', headers: { 'user-agent': BROWSER } });
    assert.equal(hop.status, 302);
    const landed = new URL(hop.headers.get('location')!);
    const arm = landed.pathname.split('/').pop() as 'calm' | 'bold';
    assert.ok(arm === 'calm' || arm === 'bold', landed.href);
    byArm[arm].push(landed.searchParams.get('chorus_cid')!);
  }
  await ctx.links.clicks.flush();
  const collect = async (body: Record<string, unknown>) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/collect',
      headers: { 'content-type': 'text/plain;charset=UTF-8', origin: SHOP },
      payload: JSON.stringify({ workspaceId: ws, url: `${SHOP}/thanks`, type: 'conversion', ...body }),
    });
    assert.equal(res.statusCode, 204, res.body);
  };
  const buyers = byArm.bold.filter((_, i) => i % 2 === 0);
  for (const cid of buyers) await collect({ name: 'sale', value: SALE_VALUE, currency: 'EUR', cid });
  await collect({ name: 'lead', cid: byArm.calm[0] });
  expected = { conversions: buyers.length + 1, sales: buyers.length };

  // What the API says, to compare the screen with.
  const report = await apiGet<{ arms: Array<{ id: string; visits: number; conversions: number; probabilityBest: number }> }>(
    page, `/api/v1/workspaces/${ws}/links/${linkId}/variants`);
  const bold = report.arms.find((a) => a.id === 'bold')!;
  assert.deepEqual([bold.visits, bold.conversions], [byArm.bold.length, buyers.length]);
  assert.ok(bold.probabilityBest > 0.95, `bold is best with ${bold.probabilityBest}`);
  const stats = await apiGet<{ totals: { clicks: number } }>(page, `/api/v1/workspaces/${ws}/links/${linkId}/stats`);
  assert.equal(Number(stats.totals.clicks), VISITS);

  // 4. The page shows the conversions and the arms, the leader marked and named.
  await page.reload();
  await conversions.getByTestId('conversions-kpi-count').getByText(String(expected.conversions), { exact: true }).waitFor();
  await conversions.getByTestId('conversions-kpi-value').getByText(money('en', SALE_VALUE * buyers.length)).waitFor();
  const rate = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(expected.conversions / VISITS);
  await conversions.getByTestId('conversions-kpi-rate').getByText(rate, { exact: true }).waitFor();
  const byName = conversions.getByTestId('conversions-by-name');
  await byName.getByRole('row', { name: new RegExp(`^sale ${buyers.length} `) }).waitFor();
  await byName.getByRole('row', { name: /^lead 1 —$/ }).waitFor();
  await conversions.getByTestId('conversions-by-network').getByText('No network').waitFor();

  await arms.getByTestId('arms-verdict').getByText(/^Arm “bold” is best with (> )?\d+% probability\.$/).waitFor();
  assert.equal(await arms.locator('[data-leader]').count(), 1);
  assert.equal(await arms.locator('[data-leader]').getAttribute('data-testid'), 'arm-bold');
  await arms.getByTestId('arm-bold').getByText('Leading').waitFor();
  const shown = Number((await arms.getByTestId('arm-bold-probability').innerText()).replace(/\D/g, ''));
  assert.ok(shown >= 95, `bold shows ${shown}%`);
  assert.match(await arms.getByTestId('arm-calm-probability').innerText(), /^(< )?\d+%$/);
  await arms.getByTestId('arm-calm').getByText(String(byArm.calm.length), { exact: true }).first().waitFor();
  // The probability bar is as long as the probability.
  const [fill, track] = await Promise.all([
    arms.getByTestId('arm-bold').locator('.arms__fill').boundingBox(),
    arms.getByTestId('arm-bold').locator('.arms__bar').boundingBox(),
  ]);
  assert.ok(fill && track && Math.abs(fill.width / track.width - shown / 100) < 0.03, `bar ${fill?.width} of ${track?.width}`);
  await arms.scrollIntoViewIfNeeded();
  await shot('results-03-arms-en');
  await conversions.scrollIntoViewIfNeeded();
  await shot('results-04-conversions-en');

  // 5. Editing the arms: "bold" gets three times the weight of "calm", so three quarters of the traffic.
  await page.getByRole('button', { name: 'Edit' }).click();
  assert.equal(await armField(page, 1, 'Arm 2 name').inputValue(), 'bold');
  await armField(page, 1, 'Arm 2 weight').fill('3');
  await page.getByRole('button', { name: 'Save link' }).click();
  await page.getByText('Link saved.').waitFor();
  await arms.getByTestId('arm-bold-share').getByText('75%', { exact: true }).waitFor();
  await arms.getByTestId('arm-calm-share').getByText('25%', { exact: true }).waitFor();
  const saved = await apiGet<{ variants: { arms: Array<{ id: string; weight: number }> } }>(page, `/api/v1/workspaces/${ws}/links/${linkId}`);
  assert.deepEqual(saved.variants.arms.map((a) => [a.id, a.weight]), [['calm', 1], ['bold', 3]]);
}

export async function linkResultsInFrench({ page, context, baseUrl, shot }: LinkResultsEnv): Promise<void> {
  assert.ok(linkPath, 'the English step created the A/B link');
  await page.goto(`${baseUrl}/#${linkPath}`);
  const arms = page.getByTestId('link-arms');
  await arms.getByRole('heading', { name: 'Test A/B' }).waitFor();
  await arms.getByTestId('arms-verdict').getByText(/^La variante « bold » est la meilleure \(probabilité : (> )?\d+\s%\)\.$/).waitFor();
  assert.equal(await arms.locator('[data-leader]').getAttribute('data-testid'), 'arm-bold');
  await arms.getByTestId('arm-bold').getByText('En tête').waitFor();
  await arms.getByRole('columnheader', { name: "Probabilité d'être la meilleure" }).waitFor();
  const conversions = page.getByTestId('link-conversions');
  await conversions.getByTestId('conversions-kpi-count').getByText('Conversions').waitFor();
  await conversions.getByTestId('conversions-kpi-count').getByText(String(expected.conversions), { exact: true }).waitFor();
  await conversions.getByTestId('conversions-kpi-value').getByText(money('fr', SALE_VALUE * expected.sales)).waitFor();
  await conversions.getByTestId('conversions-kpi-rate').getByText('Taux de conversion').waitFor();
  await conversions.getByText('Par objectif').waitFor();
  await conversions.getByTestId('conversions-by-network').getByText('Aucun réseau').waitFor();
  await arms.scrollIntoViewIfNeeded();
  await shot('results-05-arms-fr');

  const phone = await openPhone(context, `${baseUrl}/#${linkPath}`);
  await phone.getByTestId('arms-verdict').getByText('La variante « bold »', { exact: false }).waitFor();
  await shot('results-06-phone-fr', phone);
  await noSideways(phone, 'A/B link page');
  await phone.close();
}
