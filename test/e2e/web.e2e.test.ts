/**
 * The web app in a real browser against the real server, in-process: first-run setup, sign-in, connecting
 * channels, composing in English and French, finding the posts on the calendar, short links with their statistics, share
 * trees from website tracking and the link-in-bio page, an A/B link with its arms and conversions, connecting X and
 * Facebook through their sign-in. Bluesky and Mastodon are in-memory networks and the others their strict fakes
 * (test/fakes), so nothing leaves the machine; the publisher runs for real.
 *
 * Needs Debian's Chromium at /usr/bin/chromium (`apt-get install -y chromium`).
 * Run: node --import tsx --test test/e2e/web.e2e.test.ts    Screenshots land in test-results/web/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { BrowserContext, Page } from 'playwright-core';
import { assertChromium, launchChromium } from '../chromium.js';
import { openTestDatabase, type TestDatabase } from '../../src/db/testing.js';
import { createTestApp, type TestApp } from '../../src/testing/app.js';
import { startWorkers } from '../../src/app/workers.js';
import { MEMORY_LIMITS, MemoryNetwork } from '../fakes/memory-network.js';
import { expectedUtc, freePort, tomorrowAt } from './helpers.js';
import { noSideways, openPhone } from './page-api.js';
import { reconnectScenario } from './reconnect.scenario.js';
import { linksInEnglish, linksInFrench } from './links.scenario.js';
import { cascadeAndBioInEnglish, cascadeAndBioInFrench } from './cascade-bio.scenario.js';
import { linkResultsInEnglish, linkResultsInFrench } from './link-results.scenario.js';
import { networksScenario, startNetworkFakes, type NetworkFakes } from './networks.scenario.js';
import { mediaNetworksScenario, startMediaNetworkFakes, type MediaNetworkFakes } from './media-networks.scenario.js';
import { accessInEnglish, accessInFrench, type AccessEnv } from './access.scenario.js';
import { twoFactorScenario } from './two-factor.scenario.js';
import { auditInEnglish, auditInFrench } from './audit.scenario.js';
import { composerExtrasInEnglish, composerExtrasInFrench, type ComposerExtrasEnv } from './composer-extras.scenario.js';
import { networkAppsScenario } from './network-apps.scenario.js';
import { inboxScenario } from './inbox.scenario.js';
import { liveScenario } from './live.scenario.js';
import { alertsScenario } from './alerts.scenario.js';
import { figuresScenario } from './figures.scenario.js';
import { webhooksScenario } from './webhooks.scenario.js';
import { crisisScenario } from './crisis.scenario.js';
import { segmentsScenario } from './segments.scenario.js';
import { composerSegmentsScenario } from './composer-segments.scenario.js';
import { optimiseScenario } from './optimise.scenario.js';
import { teamworkScenario } from './teamwork.scenario.js';
import { ideasScenario } from './ideas.scenario.js';
import { pageLoadScenario } from './page-load.scenario.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(repo, 'test-results', 'web');
const EMAIL = 'owner@example.test';
const PASSWORD = 'correct horse battery';
const CAROL = { email: 'carol@example.test', password: 'carol likes rye bread', name: 'Carol' };

const bluesky = new MemoryNetwork();
const mastodon = new MemoryNetwork();
mastodon.limits = { ...MEMORY_LIMITS, maxGraphemes: 500, maxBytes: undefined, urlLength: 23 };

let database: TestDatabase;
let server: TestApp;
let stopWorkers: () => Promise<void>;
let baseUrl: string;
let context: BrowserContext;
let page: Page;
let profileDir: string;
let nets: NetworkFakes;
let media: MediaNetworkFakes;
/** What the browser refused under a Content-Security-Policy, on any page: Chromium says so on the console. */
const cspRefusals: string[] = [];

async function shot(name: string, target: Page = page): Promise<void> {
  // Full-page shots of a scrolled page draw the sticky top bar mid-page; start from the top.
  await target.evaluate(() => window.scrollTo(0, 0));
  await target.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

/**
 * A step of the walk-through: when it fails, the page as it was is saved as test-results/web/failed-<step>.png beside
 * the other screenshots, so a failure on another machine can be read afterwards.
 */
function step(name: string, run: () => Promise<void>): void {
  it(name, async () => {
    try {
      await run();
      // The app must work under its Content-Security-Policy: a step on whose pages the browser refused anything fails.
      assert.deepEqual(cspRefusals.splice(0), [], 'the browser refused something under the Content-Security-Policy');
    } catch (error) {
      await shot(`failed-${name.slice(0, 50).replace(/[^a-z0-9]+/gi, '-')}`).catch(() => undefined);
      throw error;
    }
  });
}

/** What the API says, from inside the signed-in page (same cookie). */
async function apiGet<T>(url: string): Promise<T> {
  return page.evaluate(async (u) => (await fetch(u, { credentials: 'same-origin' })).json(), url) as Promise<T>;
}

/** A 640×360 PNG drawn by the browser, to upload as media. */
async function makePng(): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 360;
    const g = canvas.getContext('2d')!;
    const gradient = g.createLinearGradient(0, 0, 640, 360);
    gradient.addColorStop(0, '#3451d1');
    gradient.addColorStop(1, '#2e9d48');
    g.fillStyle = gradient;
    g.fillRect(0, 0, 640, 360);
    g.fillStyle = '#fff';
    g.font = 'bold 48px sans-serif';
    g.fillText('Chorus', 230, 195);
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

// A cap against a hung browser, not a speed goal: the walk-through takes 3–4 minutes on a loaded 2-core machine.
describe('web app against the real server', { timeout: 600_000 }, () => {
  before(async () => {
    assertChromium();
    await mkdir(shots, { recursive: true });
    // The fake instance's name does not resolve here; the SSRF guard has this switch for test servers.
    process.env.CHORUS_ALLOW_PRIVATE_NETWORKS = '1';
    // The server serves dist/web; build it from the current sources so the test never runs a stale app.
    await build({ configFile: path.join(repo, 'vite.config.ts'), logLevel: 'warn' });
    database = await openTestDatabase('pglite');
    // Media URLs are absolute (CHORUS_PUBLIC_URL), so the server must know its port before it starts.
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    // Facebook, Instagram, Threads, X and LinkedIn are their strict fakes, with OAuth apps, as the server reads them
    // from env; Facebook's login dialog is a small stand-in (the Meta fake serves the Graph API only).
    nets = await startNetworkFakes(baseUrl);
    media = await startMediaNetworkFakes(baseUrl);
    // Pinterest's app is left out of the server's settings: the owner enters it on the network apps page
    // (network-apps.scenario.ts), and the media networks scenario then connects Pinterest through it.
    const { CHORUS_PINTEREST_CLIENT_ID: _id, CHORUS_PINTEREST_CLIENT_SECRET: _secret, ...mediaEnv } = media.env;
    const env = { ...nets.env, ...mediaEnv };
    const networks = nets.fakes.registry(env).register(bluesky.connector('bluesky')).register(mastodon.connector('mastodon'));
    server = await createTestApp(database, { networks, env });
    stopWorkers = startWorkers(server.ctx);
    await server.app.listen({ port, host: '127.0.0.1' });
    // A fresh profile each run; a time zone other than the machine's, so the UTC conversion of scheduled times is
    // really exercised.
    ({ context, profileDir } = await launchChromium({ viewport: { width: 1280, height: 860 }, locale: 'en-US', timezoneId: 'Europe/Paris' }));
    context.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspRefusals.push(`${message.page()?.url() ?? ''}: ${message.text()}`);
    });
    page = await context.newPage();
    page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
  });

  after(async () => {
    await context?.close();
    await stopWorkers?.();
    await server?.close();
    await database?.close();
    await nets?.stop();
    await media?.stop();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  });

  step('shows first-run setup and creates the owner', async () => {
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Welcome to Chorus' }).waitFor();
    await shot('01-setup');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill('short');
    await page.getByLabel('Workspace name').fill('Acme Bakery');
    await page.getByRole('button', { name: 'Create account' }).click();
    // The server's "weak password" error appears under the password field, not at the top.
    const passwordError = page.locator('.field--invalid .field__error');
    await passwordError.waitFor();
    assert.match(await passwordError.innerText(), /10 characters/);
    await shot('02-setup-error');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Channels' }).waitFor();
    assert.equal(new URL(page.url()).hash, '#/channels');
  });

  step('connects Bluesky and Mastodon accounts, showing refusals next to the field', async () => {
    await shot('03-channels-empty');
    const bsky = page.getByTestId('connect-bluesky');
    await bsky.getByLabel('Handle or email').fill('alice.bsky.social');
    await bsky.getByLabel('App password').fill('wrong');
    await bsky.getByRole('button', { name: 'Connect Bluesky' }).click();
    await bsky.locator('.field--invalid').getByText(/did not accept/).waitFor();
    await shot('04-channels-refused');
    await bsky.getByLabel('App password').fill('abcd-efgh-ijkl-mnop');
    await bsky.getByRole('button', { name: 'Connect Bluesky' }).click();
    await bsky.getByText('alice.bsky.social is connected.').waitFor();

    const masto = page.getByTestId('connect-mastodon');
    await masto.getByLabel('Instance').fill('mastodon.example');
    await masto.getByLabel('Access token').fill('alice@mastodon.example');
    await masto.getByRole('button', { name: 'Connect with token' }).click();
    await masto.getByText('is connected.').waitFor();
    const list = page.getByTestId('channel-list');
    await list.getByText('alice.bsky.social').first().waitFor();
    await list.getByText('alice@mastodon.example').first().waitFor();
    await shot('05-channels');

    // Coming back from a refused "Sign in with Mastodon": the server's callback redirects to the channels page.
    await page.goto(`${baseUrl}/api/v1/oauth/mastodon/callback?error=access_denied&error_description=The+user+said+no`);
    await page.getByRole('alert').getByText('Mastodon sign-in did not work: The user said no').waitFor();
    await page.getByRole('button', { name: 'Dismiss' }).click();
    assert.equal(await page.getByRole('alert').count(), 0);
  });

  step('signs out and back in, with a clear message for a wrong password', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Chorus' }).waitFor();
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('Wrong email or password.').waitFor();
    await shot('06-sign-in-error');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('workspace-switcher').waitFor();
  });

  step('composes in English with per-network counters, previews, media and a schedule', async () => {
    await page.goto(`${baseUrl}/#/compose`);
    await page.getByRole('heading', { name: 'New post' }).waitFor();
    await page.getByTestId('pick-bluesky').check();
    await page.getByTestId('pick-mastodon').check();
    const url = 'https://example.com/a/very/long/path/to/our/spring/menu?utm_source=chorus';
    const text = `Fresh croissants every morning 🥐👩🏽‍🍳 See the menu: ${url}`;
    await page.getByTestId('composer-text').fill(text);
    // Graphemes: the emoji with skin tone counts as one. Mastodon counts the URL as 23.
    const plain = 'Fresh croissants every morning 🥐👩🏽‍🍳 See the menu: ';
    const plainLength = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(plain)].length;
    const bskyCount = await page.getByTestId('counter-bluesky').first().innerText();
    const mastoCount = await page.getByTestId('counter-mastodon').first().innerText();
    assert.match(bskyCount, new RegExp(`${plainLength + url.length} / 300`));
    assert.match(mastoCount, new RegExp(`${plainLength + 23} / 500`));

    await page.getByTestId('media-input').setInputFiles({ name: 'croissants.png', mimeType: 'image/png', buffer: await makePng() });
    const alt = page.getByLabel('Description of croissants.png');
    await alt.fill('A tray of golden croissants');
    await alt.blur();

    await page.getByTestId('tab-mastodon').click();
    const mastoPreview = await page.getByTestId('preview-text-mastodon').innerText();
    assert.ok(mastoPreview.includes('example.com/a/very/long/path/t…'), `Mastodon shortens links: ${mastoPreview}`);
    await page.getByTestId('variant-mastodon').fill(`${text} #bakery`);
    await page.getByTestId('tab-mastodon').getByText('edited').waitFor();
    await shot('07a-composer-mastodon-tab');

    await page.getByTestId('tab-bluesky').click();
    await page.getByTestId('mode-schedule').check();
    const when = tomorrowAt(10);
    await page.getByLabel('Date and time').fill(when.local);
    await shot('07-composer-en');

    await page.getByTestId('composer-submit').click();
    await page.getByRole('heading', { name: 'Post' }).waitFor();
    await page.locator('.page__header .badge').getByText('Scheduled').waitFor();
    await shot('08-post-scheduled');

    const postId = new URL(page.url()).hash.split('/').pop()!;
    const me = await apiGet<{ workspaces: Array<{ id: string }> }>('/api/v1/me');
    const post = await apiGet<{ scheduledAt: string; variants: Array<{ network?: string; text?: string }>; mediaIds: string[] }>(
      `/api/v1/workspaces/${me.workspaces[0]!.id}/posts/${postId}`,
    );
    // 10:00 in Paris is sent as UTC.
    assert.equal(post.scheduledAt, expectedUtc(when.local));
    assert.equal(post.mediaIds.length, 1);
    assert.equal(post.variants.find((v) => v.network === 'mastodon')?.text, `${text} #bakery`);
  });

  step('flags text too long for Bluesky, by its own counter and by the server', async () => {
    await page.goto(`${baseUrl}/#/compose`);
    await page.getByTestId('pick-bluesky').check();
    await page.getByTestId('composer-text').fill('Croissant '.repeat(35));
    await page.locator('[data-testid="counter-bluesky"].counter--over').first().waitFor();
    await page.locator('.tab-panel .field__error').getByText(/300/).waitFor();
    await page.locator('.preview__overflow').waitFor();
    await shot('09-composer-too-long');
  });

  step('shows the scheduled post on the month and week calendar', async () => {
    const { day } = tomorrowAt(10);
    await page.goto(`${baseUrl}/#/calendar?view=month&date=${day}`);
    const chip = page.getByTestId('post-chip').first();
    await chip.waitFor();
    assert.match(await chip.innerText(), /10:00\s?AM/);
    assert.ok((await chip.getAttribute('class'))!.includes('status-scheduled'));
    await shot('10-calendar-month-en');
    await page.getByRole('button', { name: 'Week' }).click();
    await page.locator('.calendar--week [data-testid="post-chip"]').first().waitFor();
    await shot('11-calendar-week-en');
  });

  step('saves a draft, then edits it into a scheduled post', async () => {
    await page.goto(`${baseUrl}/#/compose`);
    await page.getByTestId('pick-mastodon').check();
    await page.getByTestId('composer-text').fill('Sourdough workshop next month, details soon.');
    await page.getByTestId('mode-draft').check();
    await page.getByTestId('composer-submit').click();
    await page.locator('.page__header .badge').getByText('Draft').waitFor();
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('heading', { name: 'Edit post' }).waitFor();
    assert.equal(await page.getByTestId('composer-text').inputValue(), 'Sourdough workshop next month, details soon.');
    await page.getByTestId('mode-schedule').check();
    await page.getByLabel('Date and time').fill(tomorrowAt(16).local);
    await page.getByTestId('composer-submit').click();
    await page.locator('.page__header .badge').getByText('Scheduled').waitFor();
  });

  step("sends a contributor's post for approval, and the owner approves it", async () => {
    await page.goto(`${baseUrl}/#/workspace`);
    await page.getByLabel('Email of the person to invite').fill('carol@example.test');
    await page.getByLabel('Role', { exact: true }).selectOption('contributor');
    await page.getByRole('button', { name: 'Invite' }).click();
    const inviteUrl = await page.getByTestId('invite-url').innerText();
    await shot('17-workspace-invite');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Chorus' }).waitFor();
    await page.goto(inviteUrl);
    await page.getByRole('heading', { name: 'Join Chorus' }).waitFor();
    await page.getByLabel('Your name').fill('Carol');
    await page.getByLabel('Password').fill('carol likes rye bread');
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByTestId('workspace-switcher').waitFor();
    await page.getByRole('link', { name: 'Channels' }).click();
    await page.getByTestId('channel-list').waitFor();
    assert.equal(await page.getByTestId('connect-bluesky').count(), 0, 'contributors cannot connect accounts');

    await page.getByRole('link', { name: 'Compose' }).click();
    await page.getByTestId('pick-bluesky').check();
    await page.getByTestId('composer-text').fill('Rye loaves are back on Saturday!');
    await page.getByTestId('mode-schedule').check();
    await page.getByLabel('Date and time').fill(tomorrowAt(11).local);
    await page.getByText('An editor will approve this post before it goes out.').waitFor();
    await page.getByTestId('composer-submit').click();
    await page.locator('.page__header .badge').getByText('Pending approval').waitFor();
    await page.getByRole('link', { name: 'Approvals' }).click();
    await page.getByTestId('approvals').getByText('Rye loaves are back on Saturday!').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Approve' }).count(), 0, 'contributors cannot approve');
    await shot('18-approvals-contributor');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Approvals' }).click();
    await page.getByTestId('approvals').getByText('Rye loaves are back on Saturday!').waitFor();
    await shot('19-approvals-owner');
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Nothing is waiting for approval.').waitFor();
  });

  const access = (): AccessEnv => ({ page, baseUrl, owner: { email: EMAIL, password: PASSWORD }, member: CAROL, shot });
  step('creates and revokes an API token, removes a member, and re-invites an existing account who joins by signing in', () =>
    accessInEnglish(access()));

  step('edits the UTM template, then filters the audit log by action and by person', () => auditInEnglish(access()));

  step('creates a short link with audience rules, follows it, and shows its statistics', () =>
    linksInEnglish({ page, context, baseUrl, ctx: server.ctx, shot }));

  step('allows a site for tracking, shows a share tree from snippet data, and builds a link-in-bio page', () =>
    cascadeAndBioInEnglish({ page, context, baseUrl, ctx: server.ctx, app: server.app, shot }));

  step('sets up an A/B link, sends visitors and conversions through it, and shows its arms and conversions', () =>
    linkResultsInEnglish({ page, context, baseUrl, ctx: server.ctx, app: server.app, shot }));

  step('switches to French, remembers it, and publishes a post now with a link to it', async () => {
    await page.getByTestId('language').selectOption('fr');
    await page.getByRole('link', { name: 'Calendrier' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Rédiger' }).click();
    await page.getByRole('heading', { name: 'Nouvelle publication' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    await page.getByTestId('pick-bluesky').check();
    await page.getByTestId('pick-mastodon').check();
    await page.getByTestId('composer-text').fill('Pains au chocolat tout juste sortis du four ! 🍫');
    await page.getByTestId('mode-now').check();
    await shot('12-composer-fr');
    await page.getByTestId('composer-submit').click();
    await page.getByRole('heading', { name: 'Publication', exact: true }).waitFor();
    const links = page.getByRole('link', { name: /Voir sur/ });
    await links.nth(1).waitFor({ timeout: 30_000 });
    assert.match((await links.first().getAttribute('href'))!, /^https:\/\/memory\.test\//);
    await page.locator('.page__header .badge').getByText('Publié').waitFor();
    await shot('13-post-published-fr');
  });

  step('shows both posts on the French calendar', async () => {
    await page.goto(`${baseUrl}/#/calendar`);
    await page.getByRole('button', { name: 'Mois' }).waitFor();
    await page.locator('.chip.status-published').first().waitFor();
    await shot('14-calendar-month-fr');
    await page.goto(`${baseUrl}/#/approvals`);
    await page.getByText("Rien n'attend de validation.").waitFor();
  });

  step('creates a second workspace and switches between them', async () => {
    await page.goto(`${baseUrl}/#/workspace`);
    await page.getByLabel('Nom', { exact: true }).fill('Acme Café');
    await page.getByRole('button', { name: "Créer l'espace" }).click();
    await page.getByRole('heading', { name: 'Acme Café' }).waitFor();
    const switcher = page.getByTestId('workspace-switcher');
    assert.equal(await switcher.locator('option:checked').innerText(), 'Acme Café');
    await page.getByRole('link', { name: 'Comptes' }).click();
    await page.getByText("Aucun compte pour l'instant.", { exact: false }).waitFor();
    await switcher.selectOption({ label: 'Acme Bakery' });
    await page.getByTestId('channel-list').getByText('alice.bsky.social').first().waitFor();
  });

  step('revokes a token, withdraws an invite and removes a member in French', () => accessInFrench(access()));

  step('reads the audit log in French, empties it with a date filter, and resets the UTM template', () => auditInFrench(access()));

  step('shows the link and its statistics in French, on a desktop and a phone', () =>
    linksInFrench({ page, context, baseUrl, ctx: server.ctx, shot }));

  step('shows the share tree, the bio editor and tracking settings in French, on a desktop and a phone', () =>
    cascadeAndBioInFrench({ page, context, baseUrl, ctx: server.ctx, app: server.app, shot }));

  step('shows the A/B arms and the conversions in French, on a desktop and a phone', () =>
    linkResultsInFrench({ page, context, baseUrl, ctx: server.ctx, app: server.app, shot }));

  step('stays readable on a phone', async () => {
    const phone = await openPhone(context, `${baseUrl}/#/calendar?view=week`);
    await phone.getByRole('button', { name: 'Semaine' }).waitFor();
    await shot('15-phone-week-fr', phone);
    await noSideways(phone, 'week');
    await phone.getByRole('button', { name: 'Mois' }).click();
    await phone.locator('.calendar--month').waitFor();
    await shot('15a-phone-month-fr', phone);
    await noSideways(phone, 'month');
    await phone.goto(`${baseUrl}/#/channels`);
    await phone.getByTestId('channel-list').waitFor();
    await shot('15b-phone-channels-fr', phone);
    await noSideways(phone, 'channels');
    await phone.goto(`${baseUrl}/#/compose`);
    await phone.getByTestId('pick-bluesky').check();
    await phone.getByTestId('composer-text').fill('Sur mobile aussi.');
    await shot('16-phone-composer-fr', phone);
    await noSideways(phone, 'composer');
    // The navigation hides behind the menu button: it opens from the keyboard, fits the width, and every page in
    // it (Channels and Workspace, last in the row, used to be scrolled out of sight) is one tap away.
    const menu = phone.getByRole('button', { name: 'Menu', exact: true });
    const nav = phone.getByRole('navigation', { name: 'Menu principal' });
    assert.equal(await nav.isVisible(), false, 'the navigation is folded away on a phone');
    await menu.focus();
    await phone.keyboard.press('Enter');
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    await nav.getByRole('link', { name: 'Espace' }).waitFor();
    await shot('16a-phone-menu-fr', phone);
    await noSideways(phone, 'menu');
    await phone.keyboard.press('Tab');
    await phone.keyboard.press('Escape');
    assert.equal(await nav.isVisible(), false, 'Escape closes the menu');
    await menu.click();
    await nav.getByRole('link', { name: 'Comptes' }).click();
    await phone.getByTestId('channel-list').waitFor();
    assert.equal(await menu.getAttribute('aria-expanded'), 'false', 'choosing a page closes the menu');
    await menu.click();
    await nav.getByRole('link', { name: 'Espace' }).click();
    await phone.getByTestId('members').waitFor();
    await noSideways(phone, 'workspace');
    await phone.close();
  });

  step('holds the posts of accounts whose credentials stop working, tells the team, and releases them on reconnect', () =>
    reconnectScenario({ page, context, baseUrl, bluesky, mastodon, owner: { email: EMAIL, password: PASSWORD }, shot }));

  step('connects X (PKCE) and Facebook Pages with Instagram (picker) through their sign-in, in English and French', () =>
    networksScenario({ page, context, baseUrl, ctx: server.ctx, nets, shot }));

  step("enters the workspace's own Pinterest app on the network apps page, then reaches Pinterest's sign-in with it, in English and French", () =>
    networkAppsScenario({ page, baseUrl, media, shot }));

  step('connects YouTube, TikTok, Pinterest and Snapchat by sign-in, composes what each needs (a YouTube thumbnail, a Snapchat Spotlight) before saving, and shows these fields in French', () =>
    mediaNetworksScenario({ page, baseUrl, ctx: server.ctx, media, shot }));

  const extras = (): ComposerExtrasEnv => ({ page, baseUrl, ctx: server.ctx, app: server.app, nets, shot });
  step('composes an X thread and a LinkedIn page audience, publishes them, and shows the post\'s metrics and conversions', () =>
    composerExtrasInEnglish(extras()));

  step('shows the post\'s metrics, conversions, thread and audience fields in French', () => composerExtrasInFrench(extras()));

  step('turns on two-factor, signs in with a code and with a recovery code, and ends another session, in English and French', () =>
    twoFactorScenario({ page, baseUrl, owner: { email: EMAIL, password: PASSWORD }, shot }));

  step('works the inbox: filters, assigns, tags, replies with a saved reply and marks done, in English and French', () =>
    inboxScenario({ page, baseUrl, ctx: server.ctx, shot }));
  step('shows a new item arriving live in the open inbox, highlighted and announced, and the navigation count going up, without a reload', () =>
    liveScenario({ page, baseUrl, ctx: server.ctx, shot }));
  step('reads the team figures, sets the business hours (a wrong day is refused, naming it), in English and French', () =>
    figuresScenario({ page, baseUrl, shot }));
  step('adds alert rules, sees a negative surge fire with the messages behind it, in English and French', () =>
    alertsScenario({ page, baseUrl, ctx: server.ctx, shot }));
  step('adds a webhook to a local receiver, shows its secret once, sends a test and sees it delivered, in English and French', () =>
    webhooksScenario({ page, baseUrl, shot }));
  step('creates "Hot now" and "Cold now" from presets, writes a segment in the simple form, sees what one means on each channel, in English and French', () =>
    segmentsScenario({ page, baseUrl, shot }));
  step('writes a post with a variant per segment, previews each, schedules it at the same local time in each segment\'s zone, in English and French', () =>
    composerSegmentsScenario({ page, baseUrl, shot }));
  step('pauses all publishing with a reason, holds what falls due, shows the banner everywhere and resumes from it, in English and French', () =>
    crisisScenario({ page, context, baseUrl, bluesky, owner: { email: EMAIL, password: PASSWORD }, shot }));
  step('imports a history CSV and sees the heat map, queues three campaign posts, drags one on the calendar, exports the campaign report and analytics as PDF, in English and French', () =>
    optimiseScenario({ page, baseUrl, shot }));
  step('imports a CSV with two bad rows and fixes it, fills a template with a library image, mentions Carol, has a client approve from a signed-out browser, subscribes to the iCal feed, in English and French', () =>
    teamworkScenario({ page, baseUrl, member: CAROL, shot }));
  step('adds a tagged idea, turns it into a draft in one click, tags the draft in the composer and finds it by tag beside the board, in English and French', () =>
    ideasScenario({ page, baseUrl, shot }));
  step('a page whose file cannot be fetched says so and reloads, instead of going blank, in English and French', () =>
    pageLoadScenario({ page, baseUrl, shot }));
});
