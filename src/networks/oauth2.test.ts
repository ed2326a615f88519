import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { createPkce, expiresInToDate, needsRefresh } from './oauth2.js';

test('PKCE verifier is 43 base64url characters and the challenge is its S256 hash (RFC 7636 appendix B)', () => {
  const { verifier, challenge } = createPkce();
  assert.match(verifier, /^[A-Za-z0-9_-]{43}$/);
  assert.equal(challenge, createHash('sha256').update(verifier).digest('base64url'));
  assert.notEqual(createPkce().verifier, verifier);
});

test('expires_in becomes a date, and nonsense becomes undefined', () => {
  assert.equal(expiresInToDate(7200, 1_000)?.getTime(), 7_201_000);
  assert.equal(expiresInToDate('60', 0)?.getTime(), 60_000);
  for (const bad of [undefined, null, 0, -5, 'soon', Number.NaN]) assert.equal(expiresInToDate(bad), undefined);
});

test('credentials need a refresh within the margin of expiry, never when no expiry is known', () => {
  const now = Date.parse('2026-11-24T12:00:00Z');
  assert.equal(needsRefresh({ expiresAt: '2026-11-24T12:05:00Z' }, now), true);
  assert.equal(needsRefresh({ expiresAt: '2026-11-24T11:00:00Z' }, now), true);
  assert.equal(needsRefresh({ expiresAt: '2026-11-24T14:00:00Z' }, now), false);
  assert.equal(needsRefresh({}, now), false);
  assert.equal(needsRefresh({ expiresAt: 'garbage' }, now), false);
});
