/** The inbox's live updates: polling only while down, events read, new items. Run: node --import tsx --test src/web/pages/inbox/live.test.ts */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { afterError, arrive, fade, NEW_FOR_MS, nextFadeIn, pollEvery, readEvent, seen } from './live';

it('polls only while the stream is down, never while it is open or first connecting', () => {
  assert.equal(pollEvery('down', 60_000), 60_000);
  assert.equal(pollEvery('open', 60_000), false);
  assert.equal(pollEvery('connecting', 60_000), false);
});

it('leaves retrying to the browser unless it gave up on the stream', () => {
  assert.deepEqual(afterError(false), { state: 'down', reopen: false });
  assert.deepEqual(afterError(true), { state: 'down', reopen: true });
});

it('reads the two events the server sends and refuses anything else', () => {
  assert.deepEqual(readEvent('engagement.created', '{"ids":["a","b"],"count":2,"open":7}'), { type: 'engagement.created', ids: ['a', 'b'], count: 2, open: 7 });
  assert.deepEqual(readEvent('inbox.resync', '{}'), { type: 'inbox.resync' });
  assert.equal(readEvent('engagement.created', 'not json'), null);
  assert.equal(readEvent('engagement.created', '{"ids":[1],"count":1,"open":1}'), null);
  assert.equal(readEvent('engagement.created', '{"ids":["a"],"open":1}'), null);
  assert.equal(readEvent('engagement.created', 'null'), null);
  assert.equal(readEvent('something.else', '{}'), null);
});

it('marks arrivals new until opened, keeping the first arrival time', () => {
  const first = arrive(new Map(), ['a', 'b'], 1_000);
  const again = arrive(first, ['b', 'c'], 5_000);
  assert.deepEqual([...again], [['a', 1_000], ['b', 1_000], ['c', 5_000]]);
  assert.equal(arrive(again, ['a'], 9_000), again, 'nothing new: the same object');
  const opened = seen(again, 'b');
  assert.deepEqual([...opened.keys()], ['a', 'c']);
  assert.equal(seen(opened, 'b'), opened);
});

it('fades arrivals after a while and says when the next one fades', () => {
  const marks = arrive(arrive(new Map(), ['a'], 0), ['b'], 30_000);
  assert.equal(nextFadeIn(marks, 10_000), NEW_FOR_MS - 10_000);
  assert.equal(fade(marks, NEW_FOR_MS - 1), marks, 'none faded yet: the same object');
  assert.deepEqual([...fade(marks, NEW_FOR_MS).keys()], ['b']);
  assert.equal(fade(marks, NEW_FOR_MS + 30_000).size, 0);
  assert.equal(nextFadeIn(marks, NEW_FOR_MS * 3), 0, 'overdue: at once');
  assert.equal(nextFadeIn(new Map(), 0), null);
});
