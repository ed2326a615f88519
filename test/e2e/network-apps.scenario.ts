/**
 * A workspace's own network app, in the browser: the server sets no Pinterest app, so the channels page shows the
 * owner a checklist and a link instead of "Connect with Pinterest". The owner enters the app on the network apps page
 * (a client id with a space inside is refused under its field), sees the callback URL to register and the status turn
 * ready, and the secret is never shown back. "Connect with Pinterest" then sends the browser to Pinterest's fake
 * sign-in with that app's client id (a refusal there comes back as a message). The page is walked again in French.
 * The media networks scenario, which runs next, connects Pinterest for real through this same app.
 *
 * Runs inside web.e2e.test.ts with the owner signed in; the server's env leaves CHORUS_PINTEREST_CLIENT_ID out.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { MediaNetworkFakes } from './media-networks.scenario.js';

export interface NetworkAppsEnv {
  page: Page;
  baseUrl: string;
  media: MediaNetworkFakes;
  shot(name: string): Promise<void>;
}

export async function networkAppsScenario({ page, baseUrl, media, shot }: NetworkAppsEnv): Promise<void> {
  const app = media.pinterestApp;
  await page.goto(`${baseUrl}/#/channels`);
  await page.getByTestId('language').selectOption('en');

  // Not set up: a checklist, no sign-in button, and the way to the apps page.
  const pinterestCard = page.getByTestId('connect-pinterest');
  await pinterestCard.getByTestId('setup-pinterest').getByText('Sign-in with Pinterest is not set up yet:').waitFor();
  assert.equal(await pinterestCard.getByTestId('oauth-pinterest').count(), 0);
  assert.equal(await page.getByText(/CHORUS_/).count(), 0, 'no environment variable names on the channels page');
  assert.ok((await pinterestCard.locator('svg.network-logo[data-network="pinterest"]').count()) > 0, 'the Pinterest logo');
  await shot('60-channels-pinterest-not-set-up-en');
  await pinterestCard.getByRole('link', { name: 'Set up the Pinterest app' }).click();

  await page.getByRole('heading', { name: 'Network apps' }).waitFor();
  const card = page.getByTestId('network-app-pinterest');
  await card.getByTestId('network-app-status').getByText('Not set up').waitFor();
  const callback = `${baseUrl}/api/v1/oauth/pinterest/callback`;
  assert.equal(await card.getByTestId('callback-url').textContent(), callback);
  await card.getByRole('button', { name: `Copy ${callback}` }).waitFor();
  const xCard = page.getByTestId('network-app-x');
  await xCard.getByText('Set by the server, read-only.', { exact: false }).waitFor();
  assert.equal(await xCard.getByTestId('network-app-form').count(), 0, 'an app the server sets cannot be edited');

  await card.getByLabel('Client id').fill('chorus pinterest');
  await card.getByLabel('Client secret').fill(app.clientSecret);
  await card.getByRole('button', { name: 'Save app' }).click();
  await card.locator('.field--invalid').filter({ has: page.getByLabel('Client id') }).waitFor();
  await card.getByLabel('Client id').fill(app.clientId);
  await card.getByLabel('Client secret').fill(app.clientSecret);
  await card.getByRole('button', { name: 'Save app' }).click();
  await card.getByText('The Pinterest app is saved.', { exact: false }).waitFor();
  await card.getByTestId('network-app-status').getByText("Ready: this workspace's app").waitFor();
  await card.getByText(`A secret ending in …${app.clientSecret.slice(-4)} is saved.`, { exact: false }).waitFor();
  assert.equal(await card.getByLabel('Client secret').inputValue(), '', 'the secret is not put back in the field');
  assert.ok(!(await page.content()).includes(app.clientSecret), 'the secret is nowhere on the page');
  await shot('61-network-apps-pinterest-saved-en');

  // Connecting now goes to Pinterest's sign-in with the workspace's app; refused there, it comes back with a message.
  await page.getByRole('link', { name: 'Back to channels' }).click();
  const signIn = pinterestCard.getByRole('button', { name: 'Connect with Pinterest' });
  await signIn.waitFor();
  media.pinterest.decideNext('deny');
  const [authorize] = await Promise.all([page.waitForRequest((r) => r.url().startsWith(`${media.pinterest.baseUrl}/oauth/`)), signIn.click()]);
  const sent = new URL(authorize.url());
  assert.equal(sent.searchParams.get('client_id'), app.clientId);
  assert.equal(sent.searchParams.get('redirect_uri'), callback);
  await page.getByRole('alert').filter({ hasText: 'Pinterest did not give Chorus access.' }).waitFor();
  await shot('62-channels-pinterest-sign-in-refused-en');

  // In French: the page's texts.
  await page.getByTestId('language').selectOption('fr');
  await page.goto(`${baseUrl}/#/workspace/networks`);
  await page.getByRole('heading', { name: 'Applications des réseaux' }).waitFor();
  await card.getByTestId('network-app-status').getByText("Prêt : application de cet espace").waitFor();
  await xCard.getByText('Défini par le serveur, en lecture seule.', { exact: false }).waitFor();
  await card.getByText("Ajoutez cette adresse aux URL de redirection (callback) autorisées de l'application :").waitFor();
  await card.getByLabel('Identifiant client').waitFor();
  await card.getByRole('button', { name: "Enregistrer l'application" }).waitFor();
  await page.getByTestId('network-app-threads').getByTestId('network-app-status').getByText('Prêt : défini par le serveur').waitFor();
  await shot('63-network-apps-fr');
  await page.getByTestId('language').selectOption('en');
}
