/**
 * The crisis switch in the browser: an owner pauses all publishing from the calendar with a reason, a post sent "now"
 * is held (not sent, not lost), the banner tells everyone on every page (in English and French, with "ask an admin"
 * for others), and the resume from the banner publishes the held post once.
 *
 * Runs inside web.e2e.test.ts at the end: alice's Bluesky account is connected in "Acme Bakery", Carol is a
 * contributor there, and the owner is signed in.
 */
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import type { MemoryNetwork } from '../fakes/memory-network.js';
import { noSideways, openPhone } from './page-api.js';

export interface CrisisEnv {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  bluesky: MemoryNetwork;
  owner: { email: string; password: string };
  shot(name: string, target?: Page): Promise<void>;
}

const REASON = 'Oven fire at the bakery: hold everything';
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function signInAs(page: Page, email: string, password: string) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByTestId('workspace-switcher').waitFor();
}

export async function crisisScenario({ page, context, baseUrl, bluesky, owner, shot }: CrisisEnv): Promise<void> {
  await page.goto(`${baseUrl}/#/calendar`);
  await page.getByTestId('language').selectOption('en');
  await page.getByTestId('workspace-switcher').selectOption({ label: 'Acme Bakery' });
  const banner = page.getByTestId('paused-banner');
  assert.equal(await banner.count(), 0);

  // Pause from the calendar: a reason is asked first, then the pause is confirmed.
  await page.getByTestId('pause-publishing').click();
  const form = page.getByTestId('pause-publishing-form');
  assert.equal(await form.getByTestId('pause-publishing-confirm').isDisabled(), true, 'no pause without a reason');
  await form.getByLabel('Why? (everyone in the workspace sees it)').fill(REASON);
  await shot('90-pause-form-en');
  await form.getByTestId('pause-publishing-confirm').click();
  // The owner gave no name: the email stands for them.
  await banner.getByText(new RegExp(`^Publishing paused since .+ by ${literally(owner.email)}: ${REASON}$`)).waitFor();
  await banner.getByText('Scheduled posts are held, not lost, until publishing resumes.').waitFor();
  assert.equal(await page.getByTestId('pause-publishing').count(), 0, 'no second pause while paused');
  await shot('91-calendar-paused-en');

  // A post sent "now" during the pause is held, with why, and nothing reaches the network.
  await page.goto(`${baseUrl}/#/compose`);
  await page.getByRole('heading', { name: 'New post' }).waitFor();
  const text = 'Fresh croissants at 7 🥐';
  await page.getByTestId('pick-bluesky').check();
  await page.getByTestId('composer-text').fill(text);
  await page.getByTestId('mode-now').check();
  await page.getByTestId('composer-submit').click();
  await page.getByRole('heading', { name: 'Post', exact: true }).waitFor();
  const postUrl = page.url();
  await page.locator('[data-testid="publication"] .badge.status-held').waitFor({ timeout: 30_000 });
  assert.equal(await page.getByTestId('publication-error').innerText(), `Publishing is paused: ${REASON}`);
  assert.equal(bluesky.posts.filter((p) => p.text === text).length, 0);
  await banner.waitFor();
  await shot('92-post-held-paused-en');

  const phone = await openPhone(context, `${baseUrl}/#/calendar`);
  await phone.getByTestId('paused-banner').waitFor();
  await shot('93-phone-paused-en', phone);
  await noSideways(phone, 'calendar with the paused banner');
  await phone.close();

  // Someone who may not resume is told whom to ask, and sees no switch.
  await signInAs(page, 'carol@example.test', 'carol likes rye bread');
  await banner.getByText('Ask an admin of the workspace to resume publishing.', { exact: false }).waitFor();
  assert.equal(await banner.getByTestId('resume-publishing').count(), 0);
  await shot('94-banner-contributor-en');
  await signInAs(page, owner.email, owner.password);
  await page.getByTestId('workspace-switcher').selectOption({ label: 'Acme Bakery' });

  // In French, then resume from the banner: the held post goes out once.
  await page.getByTestId('language').selectOption('fr');
  await banner.getByText(new RegExp(`^Publications suspendues depuis le .+ par ${literally(owner.email)} : ${REASON}$`)).waitFor();
  await shot('95-banner-fr');
  await banner.getByTestId('resume-publishing').click();
  await banner.getByText('Les publications retenues partiront maintenant', { exact: false }).waitFor();
  await banner.getByTestId('resume-publishing-confirm').click();
  await banner.waitFor({ state: 'detached' });
  await page.goto(postUrl);
  await page.locator('.page__header .badge').getByText('Publié').waitFor({ timeout: 30_000 });
  assert.equal(bluesky.posts.filter((p) => p.text === text).length, 1);
  await shot('96-post-released-fr');
  await page.getByTestId('language').selectOption('en');
}
