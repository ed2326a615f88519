/** Initials shown in place of a missing avatar. Run: node --import tsx --test src/web/components/Avatar.test.ts */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { initials } from './Avatar';

test('initials take the first letter of the first two words, or of a handle', () => {
  assert.equal(initials('Ada Lovelace'), 'AL');
  assert.equal(initials('  grace   brewster murray hopper '), 'GB');
  assert.equal(initials('@ada.bsky.social'), 'A');
  assert.equal(initials('élodie'), 'É');
  assert.equal(initials('🦋 Papillon'), '🦋P');
  assert.equal(initials(''), '?');
});
