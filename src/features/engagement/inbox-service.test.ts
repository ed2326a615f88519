/** The inbox's small rules: tags as stored, the workspace's day, saved replies' variables. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { normaliseTags, startOfDay } from './inbox-service.js';
import { unknownVariables } from './saved-replies.js';

it('tags are trimmed, lower-cased and kept once, in the order given', () => {
  assert.deepEqual(normaliseTags(['  VIP ', 'vip', 'Billing', '', 'billing ']), ['vip', 'billing']);
});

it("'done today' starts at midnight on the workspace's clock", () => {
  const lateEvening = Date.UTC(2026, 11, 6, 23, 30); // 00:30 on 7 December in Paris (UTC+1)
  assert.equal(startOfDay('Europe/Paris', lateEvening).toISOString(), '2026-12-06T23:00:00.000Z');
  assert.equal(startOfDay('UTC', lateEvening).toISOString(), '2026-12-06T00:00:00.000Z');
  assert.equal(startOfDay('America/New_York', Date.UTC(2026, 11, 7, 3)).toISOString(), '2026-12-06T05:00:00.000Z');
});

it('saved replies name only the variables Chorus fills in', () => {
  assert.deepEqual(unknownVariables('Hi {{first_name}}, see {{ post_url }} ({{author_handle}})'), []);
  assert.deepEqual(unknownVariables('Hi {{frist_name}} {{frist_name}} {{email}}'), ['frist_name', 'email']);
});
