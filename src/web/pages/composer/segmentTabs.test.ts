/** The segment tabs' logic: variants to tabs and back, local time in a segment's zone, errors to their tab. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Violation } from '../../api';
import { clockIn, scheduledLocalOf, segmentOfError, segmentViolations, tabsOfVariants, textWithUrl, variantsOfTabs, withoutTab, zonedToUtc } from './segmentTabs';

test('a tab per whole-segment variant; variants limited to a network are kept apart', () => {
  const { tabs, kept } = tabsOfVariants([
    { network: 'x', text: 'for X' },
    { segmentId: 's1', text: 'Hot!', url: 'https://shop.example/summer' },
    { segmentId: 's2' },
    { segmentId: 's3', network: 'bluesky', text: 'only Bluesky' },
  ]);
  assert.deepEqual(tabs, [
    { segmentId: 's1', text: 'Hot!', url: 'https://shop.example/summer' },
    { segmentId: 's2', text: null, url: '' },
  ]);
  assert.deepEqual(kept, [{ segmentId: 's3', network: 'bluesky', text: 'only Bluesky' }]);
});

test('tabs back to variants: an untouched text and a blank link are not sent, a removed tab sends nothing', () => {
  const tabs = [
    { segmentId: 's1', text: 'Hot!', url: ' https://shop.example/summer ' },
    { segmentId: 's2', text: null, url: '  ' },
  ];
  assert.deepEqual(variantsOfTabs(tabs), [{ segmentId: 's1', text: 'Hot!', url: 'https://shop.example/summer' }, { segmentId: 's2' }]);
  assert.deepEqual(variantsOfTabs(withoutTab(tabs, 's1')), [{ segmentId: 's2' }]);
});

test('the same local time in each zone, across summer time', () => {
  assert.deepEqual(scheduledLocalOf('2026-12-10T12:00'), { date: '2026-12-10', time: '12:00' });
  assert.equal(scheduledLocalOf('2026-12-10'), null);
  assert.equal(zonedToUtc('2026-12-10', '12:00', 'Asia/Singapore')?.toISOString(), '2026-12-10T04:00:00.000Z');
  assert.equal(zonedToUtc('2026-12-10', '12:00', 'Europe/Oslo')?.toISOString(), '2026-12-10T11:00:00.000Z');
  assert.equal(zonedToUtc('2026-07-10', '12:00', 'Europe/Oslo')?.toISOString(), '2026-07-10T10:00:00.000Z');
  assert.equal(zonedToUtc('2026-12-10', '12:00', 'America/Sao_Paulo')?.toISOString(), '2026-12-10T15:00:00.000Z');
  // The night Paris moves to summer time: 03:30 there is 01:30 UTC.
  assert.equal(zonedToUtc('2026-03-29', '03:30', 'Europe/Paris')?.toISOString(), '2026-03-29T01:30:00.000Z');
  assert.equal(zonedToUtc('2026-12-10', '12:00', 'Mars/Olympus'), null);
  assert.equal(clockIn(new Date('2026-12-10T04:00:00Z'), 'Europe/Paris'), '05:00');
  assert.equal(clockIn(new Date('2026-12-10T23:30:00Z'), 'Asia/Kolkata'), '05:00');
});

test('an error names its tab by segment name or id; violations go to their segment', () => {
  const names = new Map([
    ['s1', 'Hot now'],
    ['s2', 'Cold now'],
  ]);
  assert.equal(segmentOfError({ segment: 'Cold now', network: 'bluesky' }, names), 's2');
  assert.equal(segmentOfError({ segmentId: 's9' }, names), 's9');
  assert.equal(segmentOfError({ network: 'bluesky' }, names), null);
  assert.equal(segmentOfError(undefined, names), null);
  const v = (segmentId?: string): Violation => ({ channelId: 'c', network: 'bluesky', rule: 'too_long', message: '', field: 'text', ...(segmentId ? { segmentId } : {}) });
  assert.deepEqual(segmentViolations([v(), v('s1'), v('s2')], 's1'), [v('s1')]);
});

test("a segment's link is added after its text unless already in it", () => {
  assert.equal(textWithUrl('Summer sale ', 'https://shop.example/s'), 'Summer sale\n\nhttps://shop.example/s');
  assert.equal(textWithUrl('See https://shop.example/s now', 'https://shop.example/s'), 'See https://shop.example/s now');
  assert.equal(textWithUrl('No link', '  '), 'No link');
});
