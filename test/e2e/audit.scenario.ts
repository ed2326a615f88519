/**
 * The UTM template and the audit log from the screens. In English: the owner changes the template's medium and a
 * network's source and sees the example address change; then opens the audit log, filters it by action (the token
 * made and revoked in the access scenario, the template change) and by person (what Carol did), and sees an empty
 * list explained. In French: the same screens' texts, a date filter that empties the list, dates in the wrong order
 * refused by the server with its message in French, and the template reset to its defaults.
 *
 * Runs inside web.e2e.test.ts: `auditInEnglish` right after `accessInEnglish` (the owner is signed in, in English, on
 * the workspace page), `auditInFrench` right after `accessInFrench`.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { AccessEnv } from './access.scenario.js';

const example = (page: Page) => page.getByTestId('utm-example');
const rows = (page: Page) => page.getByTestId('audit-row');

/** The action codes of the rows on screen, once the list settled on something other than `before`. */
async function actionsShown(page: Page): Promise<string[]> {
  await page.getByTestId('audit-log').locator('[data-testid="audit-row"], [data-testid="audit-empty"]').first().waitFor();
  return rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-action') ?? ''));
}

/** Waits until every row on screen has one of `actions` (the previous filter's rows are gone). */
async function waitForOnly(page: Page, actions: string[]): Promise<string[]> {
  const selector = actions.map((a) => `[data-action="${a}"]`).join(', ');
  await page.waitForFunction(
    ([sel]) => {
      const all = document.querySelectorAll('[data-testid="audit-row"]');
      return all.length > 0 && document.querySelectorAll(sel!).length === all.length;
    },
    [selector],
  );
  return actionsShown(page);
}

export async function auditInEnglish({ page, baseUrl, member, shot }: AccessEnv): Promise<void> {
  await page.goto(`${baseUrl}/#/workspace`);
  const utm = page.getByTestId('utm-template');
  await utm.getByRole('heading', { name: 'UTM template' }).waitFor();
  assert.match(await example(page).innerText(), /utm_source=bluesky&utm_medium=social&utm_content=PUBLICATION-ID$/);
  await utm.getByLabel('utm_medium').fill('newsletter');
  await utm.getByLabel('Bluesky', { exact: true }).fill('bsky');
  await page.waitForFunction(() => document.querySelector('[data-testid="utm-example"]')?.textContent?.includes('utm_medium=newsletter'));
  assert.match(await example(page).innerText(), /utm_source=bsky&utm_medium=newsletter/);
  await utm.getByLabel('utm_medium').fill('news letter');
  await utm.getByRole('button', { name: 'Save the template' }).click();
  // The server refuses it (no spaces in URLs); its error shows under the field, through the shared error texts.
  await utm.locator('.field__error').filter({ hasText: 'medium' }).waitFor();
  await utm.getByLabel('utm_medium').fill('newsletter');
  await utm.getByRole('button', { name: 'Save the template' }).click();
  await utm.getByText('UTM template saved.').waitFor();
  await shot('au-01-utm-template');

  // The audit log, from the workspace page's link (shown to admins and owners).
  await page.getByRole('link', { name: 'See the audit log' }).click();
  await page.getByRole('heading', { name: 'Audit log' }).waitFor();
  assert.ok((await actionsShown(page)).length > 0);
  await page.getByRole('columnheader', { name: /^When \(.+\)$/ }).waitFor();

  await page.getByLabel('Action', { exact: true }).selectOption({ label: 'created an API token' });
  await waitForOnly(page, ['token.created']);
  await page.getByTestId('audit-log').getByText('Nightly export').first().waitFor();
  await page.getByLabel('Action', { exact: true }).selectOption({ label: 'revoked an API token' });
  await waitForOnly(page, ['token.revoked']);
  await page.getByTestId('audit-log').getByText('Nightly export').first().waitFor();
  await page.getByLabel('Action', { exact: true }).selectOption({ label: 'changed the UTM template' });
  const utmRows = await waitForOnly(page, ['utm_template.updated']);
  assert.equal(utmRows.length, 1);
  await rows(page).first().getByText('newsletter').waitFor();
  await shot('au-02-audit-by-action');

  // By person: Carol created a post and joined twice; she never touched tokens.
  await page.getByLabel('Action', { exact: true }).selectOption('');
  await page.getByLabel('Person', { exact: true }).selectOption({ label: `${member.name} (${member.email})` });
  await page.waitForFunction((name) => {
    const who = [...document.querySelectorAll('[data-testid="audit-row"] .audit-who > span:last-child')].map((el) => el.textContent ?? '');
    return who.length > 0 && who.every((text) => text.startsWith(name));
  }, member.name);
  const hers = await actionsShown(page);
  assert.ok(hers.includes('post.created'), `Carol's rows: ${hers.join(', ')}`);
  assert.equal(hers.includes('token.created'), false);
  await shot('au-03-audit-by-person');
  await page.getByLabel('Action', { exact: true }).selectOption({ label: 'created an API token' });
  await page.getByText('Nothing matches these filters.', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await rows(page).first().waitFor();
}

export async function auditInFrench({ page, baseUrl, shot }: AccessEnv): Promise<void> {
  await page.goto(`${baseUrl}/#/workspace`);
  const utm = page.getByTestId('utm-template');
  await utm.getByRole('heading', { name: 'Modèle UTM' }).waitFor();
  assert.match(await example(page).innerText(), /utm_source=bsky&utm_medium=newsletter/);

  await page.getByRole('link', { name: "Voir le journal d'audit" }).click();
  await page.getByRole('heading', { name: "Journal d'audit" }).waitFor();
  await page.getByRole('columnheader', { name: /^Quand \(.+\)$/ }).waitFor();
  await page.getByLabel('Action', { exact: true }).selectOption({ label: "a révoqué un jeton d'API" });
  await waitForOnly(page, ['token.revoked']);
  await page.getByTestId('audit-log').getByText('Export du soir').first().waitFor();
  await rows(page).first().getByText("a révoqué un jeton d'API").waitFor();
  await shot('au-04-audit-fr');

  // A window that starts after everything: nothing, said in words. Ending before it starts: the server's 422, in French.
  await page.getByLabel('Du', { exact: true }).fill('2099-01-02');
  await page.getByText('Rien ne correspond à ces filtres.', { exact: false }).waitFor();
  assert.equal(await rows(page).count(), 0);
  await page.getByLabel('Au', { exact: true }).fill('2099-01-01');
  await page.getByTestId('audit-log').getByText("Cette période n'est pas valide.").waitFor();
  await shot('au-05-audit-dates-fr');
  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  await rows(page).first().waitFor();

  // Back on the workspace page, the template goes back to its defaults.
  await page.getByRole('link', { name: "Retour à l'espace de travail" }).click();
  await utm.getByRole('button', { name: 'Revenir aux valeurs par défaut' }).click();
  await utm.getByRole('button', { name: 'Rétablir' }).click();
  await utm.getByText('Modèle UTM enregistré.').waitFor();
  assert.match(await example(page).innerText(), /utm_source=bluesky&utm_medium=social&utm_content=PUBLICATION-ID$/);
  assert.equal(await utm.getByLabel('utm_medium').inputValue(), '');
}
