/**
 * Working as a team. In English: a Sprout Social CSV with two bad rows (a past date, a text too long for Bluesky)
 * is checked on the import page, both rows refused with their line and column; the file is fixed, checks clean and
 * imports with a progress bar, and the API finds the posts. A `{{city}}` workspace variable and a template using it are
 * made on the templates page; a post starts from the template, takes the croissants picture from the media library
 * and is scheduled, and its publication text comes back filled. A note on that post mentions Carol (highlighted, and
 * Carol has the notification); a client approval link for the post's week is made, opened in a separate browser with
 * no session and approved by name; the team sees the decision on the post page. The workspace's calendar feed address
 * is made and serves text/calendar with the post as a VEVENT. In French: the import page refusing a row, the library,
 * the templates, the notes, the client page (through its own language switch) and the calendar feed section.
 * Runs inside web.e2e.test.ts with the owner signed in (Acme Bakery, English), Carol a member, the browser in
 * Europe/Paris.
 */
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchChromium } from '../chromium.js';
import { apiCall } from './page-api.js';

export interface TeamworkEnv {
  page: Page;
  baseUrl: string;
  /** Carol, a member of Acme Bakery by then (the access scenario invited her back). */
  member: { email: string; password: string };
  shot(name: string, target?: Page): Promise<void>;
}

const DAY_MS = 86_400_000;
const TEMPLATE = 'City bread';
const POST_TEXT = 'Fresh bread in Lyon today';
const LONG = `Rye ${'crumb '.repeat(60)}`;

/** The date `days` from today on the Paris clock, as YYYY-MM-DD and as Sprout's DD/MM/YYYY. */
function parisDay(days: number): { iso: string; dmy: string } {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(Date.now() + days * DAY_MS);
  const [y, m, d] = iso.split('-');
  return { iso, dmy: `${d}/${m}/${y}` };
}

/** Four Sprout rows twenty minutes apart on `day`; `broken` puts a past date on line 3 and too long a text on line 5. */
function sproutCsv(broken: boolean): string {
  const day = parisDay(8).dmy;
  const rows = [
    `${day},14:00,Imported: plum tart Saturday`,
    `${broken ? parisDay(-2).dmy : day},14:20,Imported: walnut loaf Sunday`,
    `${day},14:40,Imported: brioche Monday`,
    `${day},15:00,${broken ? LONG : 'Imported: rye Tuesday'}`,
  ];
  return ['date,time_24hr,message_text', ...rows].join('\n') + '\n';
}

async function bakeryId(page: Page): Promise<string> {
  const me = await apiCall<{ workspaces: Array<{ id: string; name: string }> }>(page, 'GET', '/api/v1/me');
  const ws = me.body.workspaces.find((w) => w.name === 'Acme Bakery');
  assert.ok(ws, 'the walk-through made Acme Bakery');
  return ws.id;
}

/** Chooses `csv` on the import page and checks it; the rows' outcomes. */
async function checkFile(page: Page, csv: string): Promise<void> {
  await page.getByTestId('import-file').setInputFiles({ name: 'sprout.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('import-check').click();
  await page.getByTestId('import-summary').waitFor();
}

/**
 * Four rows save in a blink: the server's progress lines then reach the page in the same chunk as the result, and React
 * draws only the end. This hands the import's streamed answer to the page one line per animation frame, as a slow
 * connection would, so each progress step is drawn; the server and the page's own code are untouched.
 */
async function paceImportStream(page: Page): Promise<void> {
  await page.evaluate(() => {
    const original = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const res = await original(input, init);
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (!/\/imports$/.test(url) || !res.headers.get('content-type')?.includes('ndjson') || !res.body) return res;
      const text = await res.text();
      const lines = text.split('\n').filter(Boolean);
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          const line = lines.shift();
          if (line === undefined) return controller.close();
          await new Promise((resolve) => requestAnimationFrame(resolve));
          controller.enqueue(new TextEncoder().encode(`${line}\n`));
        },
      });
      window.fetch = original;
      return new Response(body, { status: res.status, headers: res.headers });
    };
  });
}

async function importWithFixes(page: Page, baseUrl: string, ws: string, shot: TeamworkEnv['shot']): Promise<void> {
  await page.goto(`${baseUrl}/#/import`);
  await page.locator('.imports__channels label').filter({ hasText: 'alice.bsky.social' }).first().getByTestId('import-channel').check();
  await page.getByTestId('import-date-order').selectOption('DMY');
  await checkFile(page, sproutCsv(true));
  await page.getByTestId('import-summary').getByText('Sprout Social: 2 row(s) ready, 2 refused.').waitFor();
  const refused = page.locator('[data-testid="import-row"][data-status="error"]');
  assert.equal(await refused.count(), 2);
  const past = refused.nth(0);
  assert.equal(await past.locator('td').first().innerText(), '3');
  assert.match(await past.locator('li').innerText(), /^date: This date and time has passed/);
  const long = refused.nth(1);
  assert.equal(await long.locator('td').first().innerText(), '5');
  assert.match(await long.locator('li').innerText(), /^message_text: bluesky: /);
  await shot('tw-01-import-refused');

  await checkFile(page, sproutCsv(false));
  await page.getByTestId('import-summary').getByText('Sprout Social: 4 row(s) ready, 0 refused.').waitFor();
  await paceImportStream(page);
  // The progress bar may come and go faster than a poll: an observer notes that it was shown.
  await page.evaluate(() => {
    const seen = window as unknown as { progressSeen?: boolean };
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-testid="import-progress"] progress')) (seen.progressSeen = true), observer.disconnect();
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByTestId('import-run').getByText('Import 4 posts').click();
  await page.getByTestId('import-done').getByText('4 posts imported.').waitFor();
  assert.equal(await page.evaluate(() => (window as unknown as { progressSeen?: boolean }).progressSeen), true, 'a progress bar was shown');
  await shot('tw-02-imported');

  const day = parisDay(8).iso;
  const from = new Date(Date.parse(`${day}T00:00:00Z`) - DAY_MS).toISOString();
  const to = new Date(Date.parse(`${day}T00:00:00Z`) + 2 * DAY_MS).toISOString();
  const posts = await apiCall<{ posts: Array<{ text: string; status: string }> }>(page, 'GET', `/api/v1/workspaces/${ws}/posts?from=${from}&to=${to}`);
  const imported = posts.body.posts.filter((p) => p.text.startsWith('Imported: ')).map((p) => `${p.text} (${p.status})`).sort();
  assert.deepEqual(imported, ['Imported: brioche Monday (scheduled)', 'Imported: plum tart Saturday (scheduled)', 'Imported: rye Tuesday (scheduled)', 'Imported: walnut loaf Sunday (scheduled)']);
}

async function makeTemplate(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/#/templates`);
  const variables = page.getByTestId('variables-section');
  await variables.getByLabel('Variable name').fill('city');
  await variables.getByLabel('Value', { exact: true }).fill('Lyon');
  await variables.getByTestId('variable-add').click();
  await variables.locator('[data-testid="variable"][data-name="city"]').waitFor();
  await page.getByTestId('template-new').click();
  const form = page.getByTestId('template-form');
  await form.getByLabel('Name', { exact: true }).fill(TEMPLATE);
  await form.getByTestId('template-text').fill('Fresh bread in {{city}} today');
  await form.getByTestId('template-save').click();
  await page.locator(`[data-testid="template"][data-name="${TEMPLATE}"]`).waitFor();
}

/** A post from the template with the library's croissants picture, scheduled `days` ahead at noon; its id. */
async function composeFromTemplate(page: Page, baseUrl: string, days: number): Promise<string> {
  await page.goto(`${baseUrl}/#/compose`);
  await page.getByTestId('pick-bluesky').check();
  await page.getByTestId('insert-template').selectOption({ label: TEMPLATE });
  assert.equal(await page.getByTestId('composer-text').inputValue(), 'Fresh bread in {{city}} today');
  await page.getByTestId('media-from-library').click();
  const picker = page.getByTestId('library-picker');
  await picker.getByTestId('library-search').fill('croissants');
  await picker.getByTestId('library-item').filter({ hasText: 'croissants.png' }).first().getByRole('button', { name: 'Add croissants.png' }).click();
  await page.getByLabel('Description of croissants.png').waitFor();
  await page.getByTestId('mode-schedule').check();
  await page.getByLabel('Date and time').fill(`${parisDay(days).iso}T12:00`);
  await page.getByTestId('composer-submit').click();
  await page.locator('.page__header .badge').getByText('Scheduled').waitFor();
  return new URL(page.url()).hash.split('/').pop()!;
}

/** Carol's notifications, read through her own session (signed in outside the browser). */
async function carolsNotifications(baseUrl: string, ws: string, member: TeamworkEnv['member']): Promise<Array<{ kind: string; targetId: string }>> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ email: member.email, password: member.password }),
  });
  assert.equal(login.status, 200, await login.clone().text());
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const res = await fetch(`${baseUrl}/api/v1/workspaces/${ws}/notifications`, { headers: { cookie } });
  return ((await res.json()) as { notifications: Array<{ kind: string; targetId: string }> }).notifications;
}

async function mentionCarol(page: Page, env: TeamworkEnv, ws: string, postId: string): Promise<void> {
  const notes = page.getByTestId('post-notes');
  await notes.getByTestId('note-text').fill(`@${env.member.email} can you check the photo?`);
  await notes.getByTestId('note-save').click();
  const mention = notes.getByTestId('post-note').getByTestId('note-mention');
  await mention.waitFor();
  assert.equal(await mention.innerText(), `@${env.member.email}`);
  await env.shot('tw-03-note-mention');
  const carols = await carolsNotifications(env.baseUrl, ws, env.member);
  assert.ok(carols.some((n) => n.kind === 'post.note.mention' && n.targetId === postId), `Carol is told: ${JSON.stringify(carols)}`);
}

/** A client link for the post's week, approved from a browser with no session; the team sees who approved. */
async function clientApproves(page: Page, env: TeamworkEnv, postId: string, days: number): Promise<string> {
  await page.goto(`${env.baseUrl}/#/approvals`);
  const form = page.getByTestId('client-link-form');
  await form.getByLabel('Posts of the week of').fill(parisDay(days).iso);
  await form.getByRole('button', { name: 'Make the link' }).click();
  const url = await page.getByTestId('client-link-url').innerText();
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\//);
  await env.shot('tw-04-client-link');

  const outside = await launchChromium({ viewport: { width: 1024, height: 800 }, locale: 'en-US', timezoneId: 'Europe/Paris' });
  try {
    const client = outside.context.pages()[0] ?? (await outside.context.newPage());
    await client.goto(url);
    await client.getByRole('heading', { name: 'Posts to approve' }).waitFor();
    await client.getByLabel('Your name').fill('Dana');
    const card = client.getByTestId(`client-post-${postId}`);
    await card.getByText(POST_TEXT).first().waitFor();
    await card.getByTestId('client-approve').click();
    await card.getByTestId('client-decision').getByText('You approved this post.').waitFor();
    await env.shot('tw-05-client-approved', client);
    // The client's own language switch: the page, already decided, in French.
    await client.getByTestId('language').selectOption('fr');
    await client.getByRole('heading', { name: 'Publications à valider' }).waitFor();
    await card.getByTestId('client-decision').getByText('Vous avez validé cette publication.').waitFor();
    await env.shot('tw-11-client-page-fr', client);
  } finally {
    await outside.context.close();
    await rm(outside.profileDir, { recursive: true, force: true });
  }
  await page.goto(`${env.baseUrl}/#/posts/${postId}`);
  await page.getByTestId('post-client-decisions').getByText('Dana approved a post').waitFor();
  return url;
}

/** The feed address made on the workspace page, and the post among its events. */
async function calendarFeed(page: Page, baseUrl: string, make: RegExp): Promise<void> {
  await page.goto(`${baseUrl}/#/workspace`);
  const section = page.getByTestId('calendar-feed');
  await section.getByRole('button', { name: make }).click();
  const url = await section.getByTestId('calendar-feed-url').innerText();
  const res = await fetch(url);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/calendar/);
  // Long lines are folded (a line break and a space); unfolded, the post is an event.
  const ics = (await res.text()).replace(/\r\n[ \t]/g, '');
  assert.match(ics, /BEGIN:VEVENT/);
  assert.ok(ics.includes(`SUMMARY:bluesky: ${POST_TEXT}`), 'the scheduled post is in the feed');
}

async function inFrench(page: Page, env: TeamworkEnv, postId: string): Promise<void> {
  const { baseUrl, shot } = env;
  await page.getByTestId('language').selectOption('fr');
  await page.goto(`${baseUrl}/#/import`);
  await page.getByRole('heading', { name: 'Importer des publications' }).waitFor();
  await page.locator('.imports__channels label').filter({ hasText: 'alice.bsky.social' }).first().getByTestId('import-channel').check();
  await page.getByTestId('import-date-order').selectOption('DMY');
  await checkFile(page, sproutCsv(true));
  await page.getByTestId('import-summary').getByText('Sprout Social : 2 ligne(s) prête(s), 2 refusée(s).').waitFor();
  await page.locator('[data-testid="import-row"][data-status="error"]').first().getByText('Refusée').waitFor();
  await shot('tw-06-import-fr');

  await page.goto(`${baseUrl}/#/media`);
  await page.getByRole('heading', { name: 'Médiathèque' }).waitFor();
  await page.getByTestId('library-item').filter({ hasText: 'croissants.png' }).first().waitFor();
  await page.goto(`${baseUrl}/#/compose`);
  await page.getByTestId('media-from-library').getByText('Depuis la médiathèque').click();
  await page.getByRole('dialog', { name: 'Ajouter depuis la médiathèque' }).getByTestId('library-item').first().waitFor();
  await shot('tw-07-library-fr');

  await page.goto(`${baseUrl}/#/templates`);
  await page.getByRole('heading', { name: 'Modèles', exact: true }).waitFor();
  await page.locator(`[data-testid="template"][data-name="${TEMPLATE}"]`).waitFor();
  await page.getByTestId('variables-section').getByRole('heading', { name: 'Variables de l’espace de travail' }).waitFor();
  await shot('tw-08-templates-fr');

  await page.goto(`${baseUrl}/#/posts/${postId}`);
  const notes = page.getByTestId('post-notes');
  await notes.getByRole('heading', { name: 'Notes' }).waitFor();
  await notes.getByTestId('note-mention').first().waitFor();
  await notes.getByPlaceholder('Écrire une note… tapez @ pour mentionner un collègue').waitFor();
  await page.getByTestId('post-client-decisions').getByText('Dana a validé une publication').waitFor();
  await shot('tw-09-notes-fr');

  await page.goto(`${baseUrl}/#/workspace`);
  await page.getByTestId('calendar-feed').getByRole('heading', { name: "Flux d'agenda" }).waitFor();
  await calendarFeed(page, baseUrl, /^Remplacer l'adresse$/);
  await shot('tw-10-calendar-feed-fr');
  await page.getByTestId('language').selectOption('en');
}

export async function teamworkScenario(env: TeamworkEnv): Promise<void> {
  const { page, baseUrl, shot } = env;
  const ws = await bakeryId(page);
  await importWithFixes(page, baseUrl, ws, shot);

  await page.goto(`${baseUrl}/#/media`);
  await page.getByTestId('library-item').filter({ hasText: 'croissants.png' }).first().waitFor();
  await makeTemplate(page, baseUrl);
  // Ten days ahead: a week of its own for the client link, inside the calendar feed's window.
  const days = 10;
  const postId = await composeFromTemplate(page, baseUrl, days);
  const post = await apiCall<{ mediaIds: string[]; publications: Array<{ text: string }> }>(page, 'GET', `/api/v1/workspaces/${ws}/posts/${postId}`);
  assert.equal(post.body.mediaIds.length, 1, 'the library picture is attached');
  assert.deepEqual(post.body.publications.map((p) => p.text), [POST_TEXT], 'the variable is filled in');

  await mentionCarol(page, env, ws, postId);
  await clientApproves(page, env, postId, days);
  await shot('tw-05b-post-decision');
  await calendarFeed(page, baseUrl, /^(Make a feed address|Replace the address)$/);

  await inFrench(page, env, postId);
}
