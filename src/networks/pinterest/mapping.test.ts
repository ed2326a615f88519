import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NetworkError } from '../connector.js';
import { parse, pinAnalyticsSchema, pinMatches, pinUrl, toMetrics, utcDate } from './mapping.js';

test('analytics summary → impressions, saves, outbound clicks, video views', () => {
  const body = { all: { summary_metrics: { IMPRESSION: 10, SAVE: 2, PIN_CLICK: 5, OUTBOUND_CLICK: 1, VIDEO_MRC_VIEW: null }, daily_metrics: [] } };
  const at = new Date('2026-01-01T00:00:00Z');
  assert.deepEqual(toMetrics('9', parse(pinAnalyticsSchema, body, 'a'), at), {
    externalId: '9', likes: 0, reposts: 0, replies: 0, quotes: null, views: null, impressions: 10, reach: null, saves: 2, linkClicks: 1, fetchedAt: at,
  });
  assert.equal(toMetrics('9', {}, at).impressions, null);
});

test('a body of the wrong shape is transient', () => {
  assert.throws(() => parse(pinAnalyticsSchema, { all: 'nope' }, 'the Pin analytics'), (e: unknown) => e instanceof NetworkError && e.kind === 'transient');
});

test('pin matching compares board, title, description and link, whitespace aside', () => {
  const pin = { id: '1', board_id: 'b', title: 'T', description: 'Hello  world', link: 'https://e.example' };
  assert.ok(pinMatches(pin, { boardId: 'b', title: 'T', description: 'Hello world', link: 'https://e.example' }));
  assert.ok(!pinMatches(pin, { boardId: 'c', title: 'T', description: 'Hello world', link: 'https://e.example' }));
  assert.ok(!pinMatches({ ...pin, link: null }, { boardId: 'b', title: 'T', description: 'Hello world', link: 'https://e.example' }));
  assert.equal(pinUrl('123'), 'https://www.pinterest.com/pin/123/');
  assert.equal(utcDate(new Date('2026-03-04T23:59:59Z')), '2026-03-04');
});
