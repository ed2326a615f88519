/** The Segments section's logic. Run: node scripts/test.mjs src/web/pages/posts/segmentsView.test.ts */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasSegmentVariants, localText, publicationRows, rateText, segmentsChartOption, utcText } from './segmentsView';

const pub = (id: string, segmentId: string | null, segmentName: string | null, network: string) => ({
  id, segmentId, segmentName, network, status: 'scheduled', scheduledAt: '2027-01-15T04:00:00.000Z', timeZone: 'Asia/Singapore', dueLocal: '2027-01-15T12:00',
});

test('the section is for posts with at least one segment variant', () => {
  assert.equal(hasSegmentVariants([pub('1', null, null, 'bluesky')]), false);
  assert.equal(hasSegmentVariants([pub('1', null, null, 'bluesky'), pub('2', 's', 'Hot', 'bluesky')]), true);
});

test('publications by segment name, everyone else last, then by network; due in UTC and on the local clock', () => {
  const rows = publicationRows([pub('1', null, null, 'bluesky'), pub('2', 's2', 'Norway', 'mastodon'), pub('3', 's1', 'Asia', 'mastodon'), pub('4', 's1', 'Asia', 'bluesky')], 'Everyone else');
  assert.deepEqual(rows.map((r) => [r.publication.id, r.segment]), [['4', 'Asia'], ['3', 'Asia'], ['2', 'Norway'], ['1', 'Everyone else']]);
  assert.equal(rows[0]!.dueUtc, '2027-01-15 04:00 UTC');
  assert.equal(rows[0]!.dueLocal, '2027-01-15 12:00 (Asia/Singapore)');
  assert.equal(utcText(null), null);
  assert.equal(localText(null, 'Europe/Oslo'), null);
});

test('rates as percentages in the reader language, a dash without one', () => {
  assert.equal(rateText(0.05, 'en'), '5%');
  assert.equal(rateText(0.0123, 'en'), '1.23%');
  assert.equal(rateText(null, 'fr'), '—');
});

test('the chart: one bar per variant for rate (in %) and clicks, the best in green', () => {
  const option = segmentsChartOption(
    [
      { segmentId: 's1', segmentName: 'Asia', engagementRate: 0.05, clicks: 12, best: true },
      { segmentId: null, segmentName: null, engagementRate: null, clicks: 3, best: false },
    ],
    { everyoneElse: 'Everyone else', rate: 'Rate', clicks: 'Clicks' },
  );
  assert.deepEqual((option.xAxis as { data: string[] }).data, ['Asia', 'Everyone else']);
  const [rate, clicks] = option.series as Array<{ data: Array<{ value: number | null; itemStyle: { color: string } }> }>;
  assert.deepEqual(rate!.data.map((d) => d.value), [5, null]);
  assert.deepEqual(clicks!.data.map((d) => d.value), [12, 3]);
  assert.equal(rate!.data[0]!.itemStyle.color, '#2e9d48');
  assert.notEqual(rate!.data[1]!.itemStyle.color, '#2e9d48');
});
