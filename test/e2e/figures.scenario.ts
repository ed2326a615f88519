/**
 * Team figures, in the browser, after the inbox walk-through (the owner has answered and closed items): the inbox
 * links to the figures; the key figures, the chart of messages per day and the owner's row show; the owner sets the
 * business hours, a Tuesday that ends before it starts is refused under Tuesday with the server's reason, and the
 * corrected hours are saved; then the same screen in French. Runs inside web.e2e.test.ts with the owner signed in.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

export interface FiguresEnv {
  page: Page;
  baseUrl: string;
  shot(name: string): Promise<void>;
}

export async function figuresScenario({ page, baseUrl, shot }: FiguresEnv): Promise<void> {
  await page.goto(`${baseUrl}/#/inbox`);
  await page.getByTestId('language').selectOption('en');
  await page.getByTestId('inbox-figures-link').click();
  await page.getByRole('heading', { name: 'Team figures', exact: true }).waitFor();
  const answered = page.getByTestId('kpi-replied').locator('.kpi__value');
  await answered.waitFor();
  assert.ok(Number(await answered.textContent()) >= 1, 'the inbox walk-through answered at least one item');
  await page.getByTestId('figures-chart').waitFor();
  await page.getByTestId('figures-teammate').first().waitFor();
  await page.getByText('Not set yet: Monday to Friday, 09:00 to 17:00', { exact: false }).waitFor();

  const form = page.getByTestId('business-hours-form');
  await form.getByLabel('Tuesday', { exact: true }).fill('18:00-17:00');
  await form.getByRole('button', { name: 'Save the business hours' }).click();
  await form.locator('.field__error').filter({ hasText: 'Tuesday: the hours end at 17:00' }).waitFor();
  await form.getByLabel('Tuesday', { exact: true }).fill('09:00-12:00, 13:00-17:30');
  await form.getByLabel('Saturday', { exact: true }).fill('10:00-12:00');
  await form.getByRole('button', { name: 'Save the business hours' }).click();
  await form.getByText('Business hours saved', { exact: false }).waitFor();
  await page.getByText('Times are counted only while the team is open', { exact: false }).waitFor();
  await shot('fig-01-team-figures');

  await page.getByTestId('language').selectOption('fr');
  await page.getByRole('heading', { name: "Chiffres de l'équipe", exact: true }).waitFor();
  await page.getByTestId('business-hours-form').getByLabel('Samedi', { exact: true }).waitFor();
  assert.equal(await page.getByTestId('business-hours-form').getByLabel('Samedi', { exact: true }).inputValue(), '10:00-12:00');
  // The French column heads are longer: the tables stay inside their cards.
  const spill = await page.evaluate(() => [...document.querySelectorAll('.figures .card')].map((card) => card.scrollWidth - card.clientWidth));
  assert.ok(spill.every((px) => px <= 0), `a figures card is wider than itself: ${spill.join(', ')}`);
  await shot('fig-02-team-figures-fr');
  await page.getByTestId('language').selectOption('en');
}
