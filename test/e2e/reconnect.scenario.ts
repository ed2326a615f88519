/**
 * An account whose credentials stop working, seen in the browser: its due posts are held (not dropped), the banner
 * under the top bar tells the team on every page (in English and French, with "ask an admin" for others), and
 * reconnecting it from the banner or the channels page releases the held posts, each published once.
 *
 * Runs inside web.e2e.test.ts, after the earlier steps connected alice on both networks, invited Carol as a
 * contributor and created a second workspace, "Acme Café".
 */
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import type { MemoryNetwork } from '../fakes/memory-network.js';
import { noSideways, openPhone } from './page-api.js';

export interface ScenarioEnv {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  bluesky: MemoryNetwork;
  mastodon: MemoryNetwork;
  owner: { email: string; password: string };
  shot(name: string, target?: Page): Promise<void>;
}

export async function reconnectScenario({ page, context, baseUrl, bluesky, mastodon, owner, shot }: ScenarioEnv): Promise<void> {
  await page.goto(`${baseUrl}/#/compose`);
  await page.getByTestId('language').selectOption('en');
  await page.getByRole('heading', { name: 'New post' }).waitFor();
  // Both networks answer the next publish with "401 Token has been revoked".
  bluesky.failures.push('auth');
  mastodon.failures.push('auth');
  const text = 'Lemon tarts are back this weekend 🍋';
  await page.getByTestId('pick-bluesky').check();
  await page.getByTestId('pick-mastodon').check();
  await page.getByTestId('composer-text').fill(text);
  await page.getByTestId('mode-now').check();
  await page.getByTestId('composer-submit').click();
  await page.getByRole('heading', { name: 'Post', exact: true }).waitFor();
  const postUrl = page.url();

  // The post page shows each publication held, in orange, with why.
  const heldPubs = page.getByTestId('publication').filter({ has: page.locator('.badge.status-held') });
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="publication"] .badge.status-held').length === 2, null, {
    timeout: 30_000,
  });
  await page.locator('.page__header .badge').getByText('Held').waitFor();
  const errors = await heldPubs.getByTestId('publication-error').allInnerTexts();
  assert.deepEqual(errors.sort(), [
    'Held until alice.bsky.social is reconnected: Token has been revoked',
    'Held until alice@mastodon.example is reconnected: Token has been revoked',
  ]);
  const orange = await heldPubs.first().locator('.badge').evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(orange, 'rgb(239, 108, 0)');

  // The banner under the top bar names both accounts, what the network said, and that their posts wait.
  const banner = page.getByTestId('reconnect-banner');
  await banner.waitFor();
  const items = banner.getByTestId('reconnect-banner-item');
  assert.equal(await items.count(), 2);
  await banner.getByText('alice.bsky.social on Bluesky needs to be reconnected').waitFor();
  await banner.getByText('alice@mastodon.example on Mastodon needs to be reconnected').waitFor();
  await banner.getByText('Bluesky said: “Token has been revoked”').waitFor();
  await banner.getByText('Their scheduled posts are held, not lost: each goes out as soon as its account is reconnected.').waitFor();
  assert.equal(await banner.getByRole('link', { name: 'Reconnect' }).count(), 2);
  await shot('20-post-held-en');

  // It stays on every page of the workspace; the calendar shows the post in the held colour.
  await page.getByRole('link', { name: 'Calendar' }).click();
  await page.locator('.chip.status-held').first().waitFor();
  await banner.waitFor();
  await shot('21-calendar-held-banner-en');
  await page.getByRole('link', { name: 'Channels' }).click();
  const brokenRow = page.getByTestId('channel-row').filter({ hasText: 'alice@mastodon.example' });
  await brokenRow.getByText('Needs reconnecting').waitFor();
  await brokenRow.getByText('Mastodon said: “Token has been revoked”').waitFor();
  await shot('22-channels-needs-reconnect-en');

  const phone = await openPhone(context, postUrl);
  await phone.getByTestId('reconnect-banner').waitFor();
  await phone.getByTestId('publication').first().waitFor();
  await shot('23-phone-held-en', phone);
  await noSideways(phone, 'post with banner');

  // In French too.
  await page.getByTestId('language').selectOption('fr');
  await banner.getByText('alice.bsky.social sur Bluesky doit être reconnecté').waitFor();
  await banner.getByText('Réponse de Bluesky : « Token has been revoked »').waitFor();
  await banner.getByText(/Leurs publications planifiées sont en attente, pas perdues/).waitFor();
  await shot('24-channels-banner-fr');
  await phone.goto(`${baseUrl}/#/calendar`);
  await phone.reload(); // only a hash change otherwise: the phone tab picks up French on a fresh load
  await phone.getByRole('button', { name: 'Mois' }).waitFor();
  await phone.getByTestId('reconnect-banner').getByText('alice.bsky.social sur Bluesky doit être reconnecté').waitFor();
  await shot('25-phone-banner-fr', phone);
  await noSideways(phone, 'calendar with banner');
  await phone.close();

  // Another workspace has nothing to reconnect.
  const switcher = page.getByTestId('workspace-switcher');
  await switcher.selectOption({ label: 'Acme Café' });
  await page.getByText("Aucun compte pour l'instant.", { exact: false }).waitFor();
  assert.equal(await banner.count(), 0);
  await switcher.selectOption({ label: 'Acme Bakery' });
  await banner.waitFor();

  // A contributor cannot reconnect: the banner says whom to ask.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.getByLabel('Adresse e-mail').fill('carol@example.test');
  await page.getByLabel('Mot de passe').fill('carol likes rye bread');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await banner.getByText("Demandez à un administrateur de l'espace de les reconnecter.").waitFor();
  assert.equal(await banner.getByRole('link', { name: 'Reconnecter' }).count(), 0);
  assert.equal(await banner.getByRole('link', { name: 'Voir les comptes' }).count(), 2);
  await shot('26-banner-contributor-fr');
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.getByLabel('Adresse e-mail').fill(owner.email);
  await page.getByLabel('Mot de passe').fill(owner.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await banner.waitFor();

  // Reconnect Bluesky from the banner: its form opens with the handle filled in, ready for a new app password.
  await banner.getByTestId('reconnect-banner-item').filter({ hasText: 'alice.bsky.social' }).getByRole('link', { name: 'Reconnecter' }).click();
  const form = page.getByTestId('reconnect-form');
  await form.getByRole('heading', { name: 'Reconnecter alice.bsky.social' }).waitFor();
  assert.equal(await form.getByLabel('Identifiant ou adresse e-mail').inputValue(), 'alice.bsky.social');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'appPassword');
  await form.getByLabel("Mot de passe d'application").fill('qrst-uvwx-yzab-cdef');
  await shot('27-reconnect-form-fr');
  await form.getByRole('button', { name: 'Reconnecter' }).click();
  await page.getByText('alice.bsky.social est reconnecté.', { exact: false }).waitFor();
  await banner.getByText('alice.bsky.social sur Bluesky').waitFor({ state: 'detached' });
  // One account left: the banner says it all in one row.
  await banner.getByText('Ses publications planifiées sont en attente, pas perdues : elles partiront dès sa reconnexion.').waitFor();
  await shot('28-banner-one-account-fr');
  const phoneAgain = await openPhone(context, `${baseUrl}/#/calendar?view=week`);
  await phoneAgain.getByTestId('reconnect-banner').getByText('alice@mastodon.example sur Mastodon', { exact: false }).waitFor();
  await shot('29-phone-banner-one-account-fr', phoneAgain);
  await phoneAgain.close();

  // Mastodon from its row on the channels page: the instance is filled in from the handle.
  await page.getByTestId('channel-row').filter({ hasText: 'alice@mastodon.example' }).getByRole('link', { name: 'Reconnecter' }).click();
  await form.getByRole('heading', { name: 'Reconnecter alice@mastodon.example' }).waitFor();
  assert.equal(await form.getByLabel('Instance').inputValue(), 'https://mastodon.example');
  await form.getByLabel("Jeton d'accès").fill('alice@mastodon.example');
  await form.getByRole('button', { name: 'Connecter avec le jeton' }).click();
  await page.getByText('alice@mastodon.example est reconnecté.', { exact: false }).waitFor();
  await banner.waitFor({ state: 'detached' });

  // The held post goes out, once on each network.
  await page.goto(postUrl);
  await page.locator('.page__header .badge').getByText('Publié').waitFor({ timeout: 30_000 });
  assert.equal(await page.getByRole('link', { name: /Voir sur/ }).count(), 2);
  assert.equal(bluesky.posts.filter((p) => p.text === text).length, 1);
  assert.equal(mastodon.posts.filter((p) => p.text === text).length, 1);
  await shot('30-post-released-fr');
}
