/**
 * "Connect with X" and "Connect with Facebook" in the browser, against the strict fakes: X's authorize page (PKCE)
 * sends the browser back and the account is connected with its refresh token sealed; a refused consent comes back as
 * a message; Facebook's login reaches two Pages and an Instagram account, and the person picks two of them on the
 * picker page (also on a phone). A Threads account is connected with a pasted token. The refusal is shown in French too.
 *
 * Runs inside web.e2e.test.ts, with the owner signed in; the server's registry points at the fakes of
 * fake-networks.ts, and Facebook's login dialog is `startFacebookDialog` below (the Meta fake serves Graph only).
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import type { AppContext } from '../../src/core/context.js';
import type { FakeMeta } from '../fakes/meta/server.js';
import { startFakeNetworks, type FakeNetworks } from './fake-networks.js';
import { noSideways, openPhone } from './page-api.js';

export interface NetworksEnv {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  ctx: AppContext;
  nets: NetworkFakes;
  shot(name: string, target?: Page): Promise<void>;
}

export interface NetworkFakes {
  fakes: FakeNetworks;
  dialog: FacebookDialog;
  /** The sign-in pages of Threads and LinkedIn (their fakes serve the API; these answer the browser). */
  threadsPage: AuthorizePage;
  linkedinPage: AuthorizePage;
  /** The server's settings: API origins and OAuth apps of the fakes, Facebook's dialog, CHORUS_PUBLIC_URL. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** The fakes of Facebook, Instagram, Threads, X and LinkedIn, and Facebook's login dialog, for a server at `publicUrl`. */
export async function startNetworkFakes(publicUrl: string): Promise<NetworkFakes> {
  const fakes = await startFakeNetworks({ publicUrl });
  const dialog = await startFacebookDialog(fakes.meta);
  const threadsPage = await startAuthorizePage((url, who) => fakes.threads.authorize(url, who ?? '', who ? 'allow' : 'deny'));
  const linkedinPage = await startAuthorizePage((url, who) => fakes.linkedin.authorize(url, who ?? '', who ? 'allow' : 'cancel'));
  return {
    fakes,
    dialog,
    threadsPage,
    linkedinPage,
    env: {
      ...fakes.env,
      CHORUS_FACEBOOK_AUTHORIZE_URL: dialog.url,
      CHORUS_THREADS_AUTHORIZE_URL: threadsPage.url,
      CHORUS_LINKEDIN_AUTHORIZE_URL: linkedinPage.url,
      CHORUS_LINKEDIN_TOKEN_URL: fakes.linkedin.baseUrl,
    },
    stop: async () => {
      await Promise.all([dialog.stop(), threadsPage.stop(), linkedinPage.stop()]);
      await fakes.stop();
    },
  };
}

export interface AuthorizePage {
  /** The origin Chorus sends the browser to (CHORUS_<NETWORK>_AUTHORIZE_URL). */
  url: string;
  /** Who approves the next sign-in; null refuses it. */
  decideNext(who: string | null): void;
  stop(): Promise<void>;
}

/**
 * A network's sign-in page for the browser: whatever the request, the fake validates the authorize URL (its path and
 * parameters) and gives the redirect the network would send, which this page answers with.
 */
export async function startAuthorizePage(authorize: (authorizeUrl: string, who: string | null) => string): Promise<AuthorizePage> {
  let who: string | null = null;
  const server = createServer((req, res) => {
    const decided = who;
    who = null;
    try {
      res.writeHead(302, { location: authorize(new URL(req.url ?? '/', 'http://127.0.0.1').toString(), decided) }).end();
    } catch (error) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end(error instanceof Error ? error.message : 'Invalid sign-in request');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    decideNext: (decision) => void (who = decision),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface FacebookDialog {
  /** The origin Chorus sends the browser to (CHORUS_FACEBOOK_AUTHORIZE_URL). */
  url: string;
  /** The person's answer on the next dialog: a user id approves as that user, 'deny' cancels. */
  decideNext(decision: string): void;
  stop(): Promise<void>;
}

/**
 * The browser half of Facebook Login (https://developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow):
 * `GET /{version}/dialog/oauth` answers at once as the test decided, with the redirect Facebook would send — a code
 * the Meta fake will exchange (`fake.approve`), or `error=access_denied&error_reason=user_denied`.
 */
export async function startFacebookDialog(meta: FakeMeta): Promise<FacebookDialog> {
  let decision: string | null = null;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://dialog');
    const redirectUri = url.searchParams.get('redirect_uri');
    if (!/^\/v\d+\.\d+\/dialog\/oauth$/.test(url.pathname) || !redirectUri || url.searchParams.get('client_id') !== meta.appId) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Invalid login dialog request');
      return;
    }
    const back = new URL(redirectUri);
    back.searchParams.set('state', url.searchParams.get('state') ?? '');
    const decided = decision;
    decision = null;
    if (!decided || decided === 'deny') {
      back.searchParams.set('error', 'access_denied');
      back.searchParams.set('error_reason', 'user_denied');
      back.searchParams.set('error_description', 'Permissions error');
    } else {
      back.searchParams.set('code', meta.approve(decided, redirectUri));
    }
    res.writeHead(302, { location: back.toString() }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    decideNext: (d) => void (decision = d),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function networksScenario({ page, context, baseUrl, ctx, nets, shot }: NetworksEnv): Promise<void> {
  const { fakes, dialog } = nets;
  await page.goto(`${baseUrl}/#/channels`);
  await page.getByTestId('language').selectOption('en');
  await page.getByRole('heading', { name: 'Channels' }).waitFor();
  const xCard = page.getByTestId('connect-x');
  await xCard.getByRole('button', { name: 'Connect with X' }).waitFor();
  await page.getByTestId('connect-facebook').getByRole('button', { name: 'Connect with Facebook' }).waitFor();
  await shot('40-channels-networks-en');

  // X: its authorize page approves as the person and sends the browser back through Chorus's callback.
  const ann = fakes.x.addUser('acmebakery');
  fakes.x.decideNext(ann.id);
  await xCard.getByRole('button', { name: 'Connect with X' }).click();
  await page.getByText('@acmebakery is connected.').waitFor();
  await page.getByTestId('channel-list').getByText('@acmebakery').first().waitFor();
  const authorize = fakes.x.requests.find((r) => r.path.startsWith('/i/oauth2/authorize'));
  assert.match(authorize?.path ?? '', /code_challenge_method=S256/, 'X is asked with PKCE');
  assert.ok(!page.url().includes('workspace='), 'the workspace parameter leaves the address once applied');
  const row = await ctx.database.db.selectFrom('channels').selectAll().where('network', '=', 'x').executeTakeFirstOrThrow();
  const credentials = ctx.secrets.open(row.credentials_enc, row.workspace_id);
  assert.ok(credentials['refreshToken'] && fakes.x.refreshTokens.has(credentials['refreshToken']), 'the refresh token is kept');
  assert.equal(row.credentials_enc.includes(credentials['refreshToken']), false, 'and sealed');
  await shot('41-x-connected-en');

  // Consent refused on X: back on the channels page with what happened.
  fakes.x.decideNext('deny');
  await xCard.getByRole('button', { name: 'Connect with X' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'X did not give Chorus access. Start again and allow access.' });
  await alert.waitFor();
  await shot('42-x-denied-en');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await alert.waitFor({ state: 'detached' });

  // Facebook: one login reaches two Pages and the Instagram account linked to one; the person picks.
  const { owner, page: bakery, ig } = fakes.meta.addPageWithOwner('Acme Bakery', { instagram: 'acmebakery.ig' });
  const { page: cafe } = fakes.meta.addPageWithOwner('Acme Café');
  cafe.ownerIds.push(owner.id);
  dialog.decideNext(owner.id);
  await page.getByTestId('connect-facebook').getByRole('button', { name: 'Connect with Facebook' }).click();
  await page.getByRole('heading', { name: 'Choose the accounts to connect' }).waitFor();
  const picker = page.getByTestId('account-picker');
  await picker.getByText('Acme Café (Facebook Page)').waitFor();
  await picker.getByText('@acmebakery.ig (Instagram, linked to Acme Bakery)').waitFor();
  assert.equal(await picker.getByRole('checkbox', { checked: true }).count(), 3, 'every new account starts ticked');
  await picker.getByLabel(/Acme Café \(Facebook Page\)/).uncheck();
  await shot('43-picker-en');

  const phone = await openPhone(context, page.url());
  await phone.getByTestId('account-picker').waitFor();
  await shot('44-phone-picker-en', phone);
  await noSideways(phone, 'account picker');
  await phone.goto(`${baseUrl}/#/channels`);
  await phone.getByTestId('connect-x').waitFor();
  await noSideways(phone, 'channels with every network');
  await phone.close();

  await picker.getByRole('button', { name: 'Connect selected (2)' }).click();
  await page.getByText('Channels connected: 2.').waitFor();
  const list = page.getByTestId('channel-list');
  await list.getByText('acmebakery.ig').first().waitFor();
  const connected = await ctx.database.db.selectFrom('channels').select(['network', 'external_id']).where('network', 'in', ['facebook', 'instagram']).execute();
  assert.deepEqual(connected.map((c) => `${c.network} ${c.external_id}`).sort(), [`facebook ${bakery.id}`, `instagram ${ig!.id}`].sort());
  await shot('45-facebook-connected-en');

  // A token an admin already holds: a wrong one is refused under its field, a good one connects.
  const threadsCard = page.getByTestId('connect-threads');
  await threadsCard.getByLabel('Access token').fill('THAAnot-a-token');
  await threadsCard.getByRole('button', { name: 'Connect with token' }).click();
  await threadsCard.locator('.field--invalid').getByText(/Threads did not accept/).waitFor();
  await threadsCard.getByLabel('Access token').fill(fakes.threads.addUser('acmebakery.threads').token);
  await threadsCard.getByRole('button', { name: 'Connect with token' }).click();
  await threadsCard.getByText('@acmebakery.threads is connected.').waitFor();
  await list.getByText('@acmebakery.threads').first().waitFor();

  // The Facebook picker's choice is used up: coming back to it says so.
  await page.goBack();
  await page.getByText('This choice has expired (it lasts 15 minutes) or was already used.', { exact: false }).waitFor();

  await page.goto(`${baseUrl}/#/channels`);

  // Threads and LinkedIn through their sign-in pages: one Threads account connects at once; a LinkedIn member who
  // administers a page picks between their profile and the page.
  const th = fakes.threads.addUser('acmebakery.signin');
  nets.threadsPage.decideNext(th.id);
  await page.getByTestId('connect-threads').getByRole('button', { name: 'Connect with Threads' }).click();
  await page.getByText('@acmebakery.signin is connected.').waitFor();
  const member = fakes.linkedin.addMember('Ann Baker');
  fakes.linkedin.addOrganization('Acme Bakery', 'acme-bakery', [member.id]);
  nets.linkedinPage.decideNext(member.id);
  await page.getByTestId('connect-linkedin').getByRole('button', { name: 'Connect with LinkedIn' }).click();
  await page.getByRole('heading', { name: 'Choose the accounts to connect' }).waitFor();
  const linkedinPicker = page.getByTestId('account-picker');
  await linkedinPicker.getByText('Ann Baker (LinkedIn profile)').waitFor();
  await linkedinPicker.getByText('Acme Bakery (LinkedIn page)').waitFor();
  await linkedinPicker.getByRole('button', { name: 'Connect selected (2)' }).click();
  await page.getByText('Channels connected: 2.').waitFor();
  const linkedin = await ctx.database.db.selectFrom('channels').select('external_id').where('network', '=', 'linkedin').execute();
  assert.equal(linkedin.length, 2);
  await shot('47-threads-linkedin-connected-en');
  // Instagram's own button: the same Meta login, listing only Instagram accounts; a single one connects at once.
  const cafeOwner = fakes.meta.addPageWithOwner('Acme Café Two', { instagram: 'acmecafe.ig' });
  dialog.decideNext(cafeOwner.owner.id);
  await page.getByTestId('connect-instagram').getByRole('button', { name: 'Connect with Instagram' }).click();
  await page.getByText(/acmecafe\.ig is connected\./).waitFor();
  const instagram = await ctx.database.db.selectFrom('channels').select('external_id').where('network', '=', 'instagram').execute();
  assert.ok(instagram.some((c) => c.external_id === cafeOwner.ig!.id), 'the Instagram account became a channel');

  // Cancelled on LinkedIn's page: back on the channels page with what happened.
  nets.linkedinPage.decideNext(null);
  await page.getByTestId('connect-linkedin').getByRole('button', { name: 'Connect with LinkedIn' }).click();
  await page.getByRole('alert').filter({ hasText: /LinkedIn/ }).waitFor();
  await page.getByRole('button', { name: 'Dismiss' }).click();

  // In French: a refused Facebook login.
  await page.goto(`${baseUrl}/#/channels`);
  await page.getByTestId('language').selectOption('fr');
  dialog.decideNext('deny');
  await page.getByTestId('connect-facebook').getByRole('button', { name: 'Se connecter avec Facebook' }).click();
  await page.getByRole('alert').filter({ hasText: "Facebook n'a pas donné accès à Chorus. Recommencez et autorisez l'accès." }).waitFor();
  await shot('46-facebook-denied-fr');
  await page.getByRole('button', { name: 'Fermer' }).click();
}
