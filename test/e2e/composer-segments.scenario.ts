/**
 * Variants per segment in the composer. In English: a post to the Bluesky account with a "Hot now" variant and a
 * "Cold now" one (made through the API when the segments step has deleted it); each segment tab shows its own
 * preview, that Bluesky reaches the segment with its own publication at the same local time, and a text too long for
 * Bluesky is flagged on that segment's tab only. Scheduled "at the same local time in each segment's zone", each tab
 * reads "12:00 in <zone> = HH:MM your time", and the API then holds two segment publications due at 12:00 in their
 * zones. In French: the tab labels and the schedule option.
 * Runs inside web.e2e.test.ts after segmentsScenario, with the owner signed in and the browser in Europe/Paris.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { apiCall } from './page-api.js';

export interface ComposerSegmentsEnv {
  page: Page;
  baseUrl: string;
  shot(name: string): Promise<void>;
}

interface SegmentRef {
  id: string;
  name: string;
}

/** The two segments the post is written for; "Cold now" is made again from its preset when missing. */
async function hotAndCold(page: Page, ws: string): Promise<Record<'hot' | 'cold', SegmentRef & { zone: string }>> {
  const list = await apiCall<{ segments: SegmentRef[] }>(page, 'GET', `/api/v1/workspaces/${ws}/segments`);
  let cold = list.body.segments.find((s) => s.name === 'Cold now');
  if (!cold) {
    const made = await apiCall<SegmentRef>(page, 'POST', `/api/v1/workspaces/${ws}/segments`, { name: 'Cold now', when: { climate: 'cold' } });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    cold = made.body;
  }
  const hot = list.body.segments.find((s) => s.name === 'Hot now');
  assert.ok(hot, 'the segments step made "Hot now"');
  const zoneOf = async (s: SegmentRef) =>
    (await apiCall<{ resolved: { timeZone: string } }>(page, 'GET', `/api/v1/workspaces/${ws}/segments/${s.id}`)).body.resolved.timeZone;
  return { hot: { ...hot, zone: await zoneOf(hot) }, cold: { ...cold, zone: await zoneOf(cold) } };
}

/** HH:MM in Paris (the browser's zone) of `time` on `date` in `zone`. */
function parisClock(date: string, time: string, zone: string): string {
  const clock = (at: Date, z: string) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: z, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  // Every UTC quarter hour of that day and the next: the one that reads `time` in `zone` (zones are quarter-aligned).
  const start = Date.parse(`${date}T00:00:00Z`) - 14 * 3_600_000;
  for (let t = start; t < start + 40 * 3_600_000; t += 900_000) {
    const at = new Date(t);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(at);
    if (day === date && clock(at, zone) === time) return clock(at, 'Europe/Paris');
  }
  throw new Error(`${date} ${time} not found in ${zone}`);
}

function inTwoDays(): string {
  const d = new Date(Date.now() + 2 * 86_400_000);
  return d.toISOString().slice(0, 10);
}

export async function composerSegmentsScenario({ page, baseUrl, shot }: ComposerSegmentsEnv): Promise<void> {
  await page.goto(`${baseUrl}/#/compose`);
  await page.getByTestId('language').selectOption('en');
  await page.getByRole('heading', { name: 'New post' }).waitFor();
  const ws = await page.getByTestId('workspace-switcher').inputValue();
  const { hot, cold } = await hotAndCold(page, ws);
  await page.reload(); // the composer lists the workspace's segments as they were when it opened
  await page.getByRole('heading', { name: 'New post' }).waitFor();

  const shared = `Winter menu ${Date.now()}`;
  await page.getByTestId('pick-bluesky').check();
  await page.getByTestId('composer-text').fill(shared);
  const tabs = page.getByTestId('segment-tabs');
  await tabs.getByRole('link', { name: 'Create a segment' }).waitFor();

  // "Hot now": its own text and landing page, previewed as Bluesky will show it.
  await tabs.getByTestId('segment-add').selectOption({ label: 'Hot now' });
  const panel = tabs.getByTestId('segment-panel');
  await panel.getByLabel('Text for Hot now').fill('Iced lemonade is back ☀️');
  await panel.getByLabel('Landing page (optional)').fill('https://shop.example.com/summer');
  await panel.getByTestId('segment-preview-bluesky').getByText('Iced lemonade is back ☀️', { exact: false }).waitFor();
  await panel.getByTestId('segment-preview-bluesky').getByText('https://shop.example.com/summer').waitFor();
  const reach = panel.locator('[data-testid="segment-reach"][data-network="bluesky"]');
  await reach.getByText(`its own publication, timed in ${hot.zone}.`).waitFor();

  // "Cold now": too long for Bluesky — flagged on its own tab, not on the Bluesky tab.
  await tabs.getByTestId('segment-add').selectOption({ label: 'Cold now' });
  await panel.getByLabel('Text for Cold now').fill(`Hot chocolate ${'and marshmallows '.repeat(20)}`);
  await panel.locator('.field__error').filter({ hasText: 'Bluesky' }).first().waitFor();
  await tabs.getByRole('tab', { name: 'Segment: Cold now' }).and(page.locator('.tab--problem')).waitFor();
  assert.equal(await page.getByTestId('tab-bluesky').and(page.locator('.tab--problem')).count(), 0, 'the shared text is fine');
  await shot('cs-01-segment-too-long-en');
  await panel.getByLabel('Text for Cold now').fill('Hot chocolate all day ☕');
  await panel.locator('.field__error').first().waitFor({ state: 'detached' });
  await panel.getByTestId('segment-preview-bluesky').getByText('Hot chocolate all day ☕').waitFor();

  // Same local time in each segment's zone: 12:00 there, and what that is here.
  const date = inTwoDays();
  await page.getByTestId('mode-schedule').check();
  await page.locator('input[name="scheduledAt"]').fill(`${date}T12:00`);
  await page.getByTestId('schedule-same-local').check();
  await panel.getByTestId('segment-when').getByText(`12:00 in ${cold.zone} = ${parisClock(date, '12:00', cold.zone)} your time`).waitFor();
  await reach.getByText(`its own publication at 12:00 in ${cold.zone}.`).waitFor();
  await tabs.getByRole('tab', { name: 'Segment: Hot now' }).click();
  await panel.getByTestId('segment-when').getByText(`12:00 in ${hot.zone} = ${parisClock(date, '12:00', hot.zone)} your time`).waitFor();
  await shot('cs-02-segment-same-local-en');

  await page.getByTestId('composer-submit').click();
  await page.waitForURL(/#\/posts\//);
  const postId = new URL(page.url()).hash.split('/').pop()!;
  const post = await apiCall<{
    scheduledLocal: { date: string; time: string } | null;
    variants: Array<{ segmentId?: string; text?: string; url?: string }>;
    publications: Array<{ segmentName: string | null; timeZone: string; dueLocal: string | null; text: string }>;
  }>(page, 'GET', `/api/v1/workspaces/${ws}/posts/${postId}`);
  assert.equal(post.status, 200);
  assert.deepEqual(post.body.scheduledLocal, { date, time: '12:00' });
  const bySegment = post.body.publications.filter((p) => p.segmentName).sort((a, b) => a.segmentName!.localeCompare(b.segmentName!));
  assert.deepEqual(
    bySegment.map((p) => [p.segmentName, p.timeZone, p.dueLocal]),
    [
      ['Cold now', cold.zone, `${date}T12:00`],
      ['Hot now', hot.zone, `${date}T12:00`],
    ],
  );
  // The link may be turned into a tracked short link per publication: the variant keeps it as written.
  assert.deepEqual(
    post.body.variants.find((v) => v.segmentId === hot.id),
    { segmentId: hot.id, text: 'Iced lemonade is back ☀️', url: 'https://shop.example.com/summer' },
  );
  assert.ok(bySegment[1]!.text.startsWith('Iced lemonade is back ☀️\n\n'), bySegment[1]!.text);
  assert.equal(bySegment[0]!.text, 'Hot chocolate all day ☕');
  assert.equal(post.body.publications.find((p) => !p.segmentName)?.text, shared, 'everyone else gets the shared text');

  // Editing shows the same tabs; then the labels in French.
  await page.goto(`${baseUrl}/#/compose?post=${postId}`);
  await tabs.getByRole('tab', { name: 'Segment: Hot now' }).waitFor();
  assert.equal(await page.getByTestId('schedule-same-local').isChecked(), true);
  await page.getByTestId('language').selectOption('fr');
  await tabs.getByRole('tab', { name: 'Segment : Cold now' }).waitFor();
  await tabs.getByRole('link', { name: 'Créer un segment' }).waitFor();
  await panel.getByLabel('Texte pour Hot now').waitFor();
  await panel.getByTestId('segment-when').getByText(`12:00 à ${hot.zone} = ${parisClock(date, '12:00', hot.zone)} chez vous`).waitFor();
  await page.getByText('À la même heure locale dans le fuseau de chaque segment').waitFor();
  await shot('cs-03-segment-tabs-fr');
  await page.getByTestId('language').selectOption('en');
}
