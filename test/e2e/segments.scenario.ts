/**
 * Audience segments from the screens. In English: the empty page points to the presets; "Hot now" and "Cold now" are
 * created from them in a click each, and a second "Hot now" is refused under the name field; a segment written in the
 * simple form with a wrong country code gets the server's reason under Countries, then saves once fixed, and is
 * changed as JSON (a refusal shows its path); "Hot now" shows what it means on each channel (the countries hot this
 * month, the network's own targeting or the same local time in its zone). In French: the same page in French, and
 * "Cold now" deleted after confirmation.
 * Runs inside web.e2e.test.ts with the owner signed in.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

export interface SegmentsEnv {
  page: Page;
  baseUrl: string;
  shot(name: string): Promise<void>;
}

async function fromPreset(page: Page, presetId: string, name: string): Promise<void> {
  await page.getByTestId(`preset-${presetId}`).click();
  const form = page.getByTestId('preset-form');
  assert.equal(await form.getByLabel('Name').inputValue(), name, 'the preset is named in the person’s language');
  await form.getByTestId('preset-create').click();
  await page.getByTestId('segment-detail').getByRole('heading', { name, exact: true }).waitFor();
}

export async function segmentsScenario({ page, baseUrl, shot }: SegmentsEnv): Promise<void> {
  await page.goto(`${baseUrl}/#/segments`);
  await page.getByTestId('language').selectOption('en');
  await page.getByRole('heading', { name: 'Segments', exact: true }).waitFor();
  await page.getByTestId('segments-empty').getByText('Start from a preset below', { exact: false }).waitFor();
  await shot('sg-01-segments-empty');

  await fromPreset(page, 'climate.hot', 'Hot now');
  await fromPreset(page, 'climate.cold', 'Cold now');
  const list = page.getByTestId('segment-list');
  await list.getByTestId('segment').filter({ hasText: 'where it is hot now' }).waitFor();
  await list.getByTestId('segment').filter({ hasText: 'where it is cold now' }).waitFor();

  // The name is taken: the server's 409 shows under the name field, nothing is created.
  await page.getByTestId('preset-climate.hot').click();
  const presetForm = page.getByTestId('preset-form');
  await presetForm.getByTestId('preset-create').click();
  await presetForm.locator('.field__error').filter({ hasText: 'already exists' }).waitFor();
  await presetForm.getByRole('button', { name: 'Cancel' }).click();

  // A condition written in the simple form; the server's 422 lands under the field its path names.
  await page.getByTestId('segment-new').click();
  const form = page.getByTestId('segment-form');
  await form.getByLabel('Name').fill('Lusophone adults');
  await form.getByLabel('Countries').fill('BR, PT, UK');
  await form.getByLabel('Youngest age').fill('18');
  await form.getByTestId('segment-save').click();
  await form.locator('.field__error').filter({ hasText: '"UK"' }).waitFor();
  await form.getByLabel('Countries').fill('BR, PT');
  await form.getByTestId('segment-save').click();
  const detail = page.getByTestId('segment-detail');
  await detail.getByRole('heading', { name: 'Lusophone adults', exact: true }).waitFor();
  await detail.getByText('in Brazil and Portugal · aged 18 and over').waitFor();
  assert.equal(await list.getByTestId('segment').count(), 3);

  // The full language as JSON ("advanced"): a refusal names its path under the box; a valid one is saved and read.
  await detail.getByTestId('segment-edit').click();
  const edit = detail.getByTestId('segment-form');
  await edit.getByTestId('segment-mode').click();
  const json = edit.getByLabel('Condition (JSON)');
  assert.deepEqual(JSON.parse(await json.inputValue()), { all: [{ country: { in: ['BR', 'PT'] } }, { ageMin: 18 }] });
  await json.fill('{ "any": [{ "language": { "in": ["pt"] } }, { "ageMin": 18 }] }');
  await edit.getByTestId('segment-save').click();
  await edit.locator('.field__error').filter({ hasText: 'when.any.1.ageMin' }).waitFor();
  await json.fill('{ "all": [{ "any": [{ "country": { "in": ["BR", "PT"] } }, { "language": { "in": ["pt"] } }] }, { "ageMin": 18 }] }');
  await edit.getByTestId('segment-save').click();
  await detail.getByText('either in Brazil and Portugal or speaking Portuguese · aged 18 and over').waitFor();
  await shot('sg-02a-segment-advanced');

  // Hot now on each channel: the countries it stands for this month, and how each network reaches them.
  await list.getByTestId('segment').filter({ hasText: 'Hot now' }).click();
  await detail.getByRole('heading', { name: 'Hot now', exact: true }).waitFor();
  await detail.getByTestId('segment-countries').locator('.country-chip').first().waitFor();
  assert.ok((await detail.getByTestId('segment-countries').locator('.country-chip').count()) > 10, 'many countries are hot in any month');
  const bluesky = detail.locator('[data-testid="segment-channel"][data-network="bluesky"]').first();
  await bluesky.getByText('has no organic targeting', { exact: false }).waitFor();
  await bluesky.getByText('same local time in', { exact: false }).waitFor();
  await shot('sg-02-segment-hot-now');

  await page.getByTestId('language').selectOption('fr');
  await page.getByRole('heading', { name: 'Segments', exact: true }).waitFor();
  await page.getByTestId('preset-climate.hot').getByText('Il fait chaud').waitFor();
  await list.getByTestId('segment').filter({ hasText: 'là où il fait chaud en ce moment' }).waitFor();
  await bluesky.getByText('ne cible pas ses publications', { exact: false }).waitFor();
  await detail.getByText('Qui il touche en ce moment').waitFor();
  await shot('sg-03-segment-hot-now-fr');

  await list.getByTestId('segment').filter({ hasText: 'Cold now' }).click();
  await detail.getByRole('heading', { name: 'Cold now', exact: true }).waitFor();
  await detail.getByRole('button', { name: 'Supprimer le segment Cold now' }).click();
  await detail.getByRole('button', { name: 'Oui, supprimer' }).click();
  await list.getByTestId('segment').filter({ hasText: 'Cold now' }).waitFor({ state: 'detached' });
  assert.equal(await list.getByTestId('segment').count(), 2);
  await page.getByTestId('language').selectOption('en');
}
