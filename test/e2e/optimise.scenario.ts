/**
 * Publishing at the right time, and reporting on it. In English: a history CSV imported on the Bluesky account from
 * the channels page, after which the composer's best-time panel draws its heat map and counts the past posts; the
 * account's queue slots set, a campaign created and three posts of it "added to the queue"; one of them dragged on
 * the month calendar to the next day (the API says it moved by one day); the campaign's report and the analytics page
 * exported as PDF files with pages. In French: the heat map, the calendar, the campaign report and its PDF, whose
 * title is French. Runs inside web.e2e.test.ts with the owner signed in (Acme Bakery, English) and the browser in
 * Europe/Paris.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { apiCall } from './page-api.js';

export interface OptimiseEnv {
  page: Page;
  baseUrl: string;
  shot(name: string): Promise<void>;
}

const CAMPAIGN = 'Winter breads';
const TEXTS = ['Queued: rye loaves', 'Queued: spelt rolls', 'Queued: stollen'];
const DAY_MS = 86_400_000;

/** The instant `hour`:00 on `day` (YYYY-MM-DD) reads on the clock of `zone`. */
function zonedHour(day: string, hour: number, zone: string): Date {
  const guess = Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
  const wall = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(guess)
    .replace(', ', 'T');
  return new Date(guess - (Date.parse(`${wall}:00Z`) - guess));
}

/**
 * Forty past posts on the channel's audience clock: twenty Wednesdays at 12:00 that did very well, twenty Saturdays at
 * 08:00 that did poorly, so the best-time estimate's top slot is one the history speaks for (not the studies alone).
 */
function historyCsv(zone: string, now = Date.now()): string {
  const lastWednesday = now - (((new Date(now).getUTCDay() - 3 + 7) % 7) || 7) * DAY_MS;
  const rows = Array.from({ length: 20 }, (_, i) => {
    const wednesday = new Date(lastWednesday - i * 7 * DAY_MS).toISOString().slice(0, 10);
    const saturday = new Date(lastWednesday - i * 7 * DAY_MS - 4 * DAY_MS).toISOString().slice(0, 10);
    return [`${zonedHour(wednesday, 12, zone).toISOString()},1000,${240 + i},9`, `${zonedHour(saturday, 8, zone).toISOString()},1000,${10 + (i % 3)},1`];
  });
  return ['published_at,impressions,engagements,clicks', ...rows.flat()].join('\n') + '\n';
}

/** The downloaded file of `click`, checked to be a PDF with at least one page; its name and its title. */
async function downloadPdf(page: Page, button: Locator): Promise<{ name: string; title: string; pages: number }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = await download.path();
  assert.ok(file, `the download failed: ${await download.failure()}`);
  const bytes = (await readFile(file)).toString('latin1');
  assert.equal(bytes.slice(0, 5), '%PDF-', 'the download is a PDF');
  // Page objects, not the /Type /Pages tree above them.
  const pages = bytes.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
  assert.ok(pages >= 1, 'the PDF has pages');
  // The document's title property, written as UTF-16BE after a byte-order mark.
  const raw = /\/Title \(\xfe\xff([^)]*)\)/.exec(bytes)?.[1] ?? '';
  return { name: download.suggestedFilename(), title: Buffer.from(raw, 'latin1').swap16().toString('utf16le'), pages };
}

async function bakeryId(page: Page): Promise<string> {
  const me = await apiCall<{ workspaces: Array<{ id: string; name: string }> }>(page, 'GET', '/api/v1/me');
  const ws = me.body.workspaces.find((w) => w.name === 'Acme Bakery');
  assert.ok(ws, 'the walk-through made Acme Bakery');
  return ws.id;
}

async function importHistoryAndQueue(page: Page, baseUrl: string, ws: string): Promise<void> {
  const channels = await apiCall<{ channels: Array<{ id: string; handle: string }> }>(page, 'GET', `/api/v1/workspaces/${ws}/channels`);
  const bluesky = channels.body.channels.find((c) => c.handle === 'alice.bsky.social');
  assert.ok(bluesky, 'the walk-through connected alice.bsky.social');
  const { timeZone } = (await apiCall<{ timeZone: string }>(page, 'GET', `/api/v1/workspaces/${ws}/channels/${bluesky.id}/queue`)).body;
  await page.goto(`${baseUrl}/#/channels`);
  const row = page.getByTestId('channel-row').filter({ hasText: 'alice.bsky.social' }).first();
  await row.getByTestId('history-file').setInputFiles({ name: 'bluesky-history.csv', mimeType: 'text/csv', buffer: Buffer.from(historyCsv(timeZone)) });
  await row.getByTestId('history-result').getByText('40 posts imported, 0 already there.', { exact: false }).waitFor();
  // A slot on each of the next three days: the three queued posts take one each.
  await row.getByTestId('queue-toggle').click();
  const editor = row.getByTestId('queue-editor');
  await editor.getByTestId('queue-time').fill('09:30');
  for (let i = 1; i <= 3; i++) {
    const weekday = ((new Date(Date.now() + i * DAY_MS).getUTCDay() + 6) % 7) + 1;
    await editor.getByTestId('queue-day').selectOption(String(weekday));
    await editor.getByTestId('queue-add').click();
  }
  await editor.getByTestId('queue-save').click();
  await row.getByText('Queue saved.').waitFor();
}

async function queuePost(page: Page, baseUrl: string, text: string, campaignId: string): Promise<string> {
  await page.goto(`${baseUrl}/#/compose`);
  await page.getByTestId('pick-bluesky').check();
  await page.getByTestId('composer-text').fill(text);
  await page.getByTestId('campaign-picker').selectOption(campaignId);
  await page.getByTestId('mode-queue').check();
  await page.getByTestId('composer-submit').click();
  await page.locator('.page__header .badge').getByText('Scheduled').waitFor();
  return new URL(page.url()).hash.split('/').pop()!;
}

/** The composer's best-time panel for the Bluesky account: the heat map, and the reason counting past posts. */
async function heatMap(page: Page, baseUrl: string, reason: RegExp): Promise<void> {
  await page.goto(`${baseUrl}/#/compose`);
  await page.getByTestId('pick-bluesky').check();
  await page.getByTestId('mode-bestTime').check();
  await page.getByTestId('best-time-heatmap').locator('svg').waitFor();
  const text = await page.getByTestId('best-time-reason').innerText();
  assert.match(text, reason);
}

/** Drags the post's chip on the month calendar to the next day, and checks with the API that it moved. */
async function dragToNextDay(page: Page, baseUrl: string, ws: string, postId: string, text: string): Promise<void> {
  const before = (await apiCall<{ scheduledAt: string }>(page, 'GET', `/api/v1/workspaces/${ws}/posts/${postId}`)).body.scheduledAt;
  const at = new Date(before);
  const local = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(d);
  await page.goto(`${baseUrl}/#/calendar?view=month&date=${local(at)}`);
  const chip = page.getByTestId('post-chip').filter({ hasText: text });
  await chip.waitFor();
  const target = page.locator(`[data-day="${local(new Date(at.getTime() + DAY_MS))}"]`);
  await chip.dragTo(target);
  await target.getByTestId('post-chip').filter({ hasText: text }).waitFor();
  await page.getByText(/^Moved to /).waitFor();
  // The server moved it: same time of day, one day later.
  const after = (await apiCall<{ scheduledAt: string }>(page, 'GET', `/api/v1/workspaces/${ws}/posts/${postId}`)).body.scheduledAt;
  assert.equal(Date.parse(after) - Date.parse(before), DAY_MS, `moved from ${before} to ${after}`);
}

export async function optimiseScenario({ page, baseUrl, shot }: OptimiseEnv): Promise<void> {
  const ws = await bakeryId(page);
  await importHistoryAndQueue(page, baseUrl, ws);
  await shot('opt-01-history-imported');
  await heatMap(page, baseUrl, /^Wednesday 12:00 — best expected engagement, from 2\d past posts$/);
  await shot('opt-02-heat-map');

  await page.goto(`${baseUrl}/#/campaigns`);
  await page.getByTestId('campaign-new').click();
  const form = page.getByTestId('campaign-form');
  await form.getByLabel('Name', { exact: true }).fill(CAMPAIGN);
  await form.getByRole('button', { name: 'Create the campaign' }).click();
  await page.waitForURL(/#\/campaigns\/[\w-]+$/);
  const campaignId = new URL(page.url()).hash.split('/').pop()!;
  const posts: string[] = [];
  for (const text of TEXTS) posts.push(await queuePost(page, baseUrl, text, campaignId));

  await dragToNextDay(page, baseUrl, ws, posts[0]!, TEXTS[0]!);
  await shot('opt-03-calendar-moved');

  await page.goto(`${baseUrl}/#/campaigns/${campaignId}`);
  await page.getByTestId('campaign-funnel').locator('svg').waitFor();
  const report = await downloadPdf(page, page.getByTestId('campaign-pdf'));
  assert.match(report.name, /^chorus-campaign-acme-bakery-winter-breads-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.pdf$/);
  assert.equal(report.title, `Campaign results — ${CAMPAIGN}`);
  await shot('opt-04-campaign-report');

  await page.goto(`${baseUrl}/#/analytics`);
  await page.getByTestId('analytics').getByTestId('kpi-impressions').waitFor();
  const analytics = await downloadPdf(page, page.getByTestId('analytics-pdf'));
  assert.match(analytics.name, /^chorus-analytics-acme-bakery-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.pdf$/);
  assert.equal(analytics.title, 'Analytics — Acme Bakery');

  // The same screens in French.
  await page.getByTestId('language').selectOption('fr');
  await heatMap(page, baseUrl, /d’après 2\d publications passées$/);
  await shot('opt-05-heat-map-fr');
  await page.goto(`${baseUrl}/#/calendar?view=month`);
  await page.getByRole('button', { name: 'Mois' }).waitFor();
  await page.getByTestId('calendar').waitFor();
  await page.goto(`${baseUrl}/#/campaigns/${campaignId}`);
  await page.getByRole('heading', { name: 'Résultats', exact: true }).waitFor();
  await page.getByTestId('campaign-funnel').locator('svg').waitFor();
  const button = page.getByTestId('campaign-pdf');
  assert.equal(await button.innerText(), 'Exporter en PDF');
  const french = await downloadPdf(page, button);
  assert.equal(french.title, `Résultats de la campagne — ${CAMPAIGN}`);
  await shot('opt-06-campaign-report-fr');
  await page.getByTestId('language').selectOption('en');
}
