import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dailyQuotaSpent, errorFromResponse, googleError } from './client.js';
import { bytesHeld } from './upload.js';

const body = (code: number, reason: string, message: string) => ({ error: { code, message, errors: [{ reason, domain: 'youtube.api', message }] } });
const at = Date.parse('2026-01-15T07:00:00Z');

test('Google error bodies map to kinds', () => {
  const quota = errorFromResponse(403, new Headers(), body(403, 'quotaExceeded', 'quota'), at);
  assert.deepEqual([quota.kind, quota.details.retryAfterMs], ['rate_limited', 3600_000]);
  assert.equal(errorFromResponse(403, new Headers({ 'retry-after': '12' }), body(403, 'rateLimitExceeded', 'slow'), at).details.retryAfterMs, 12_000);
  assert.equal(errorFromResponse(403, new Headers(), body(403, 'userRateLimitExceeded', 'slow'), at).kind, 'rate_limited');
  assert.equal(errorFromResponse(500, new Headers(), body(500, 'backendError', 'Backend Error'), at).kind, 'transient');
  assert.equal(errorFromResponse(401, new Headers(), body(401, 'authError', 'Invalid Credentials'), at).kind, 'auth');
  assert.equal(errorFromResponse(404, new Headers(), body(404, 'videoNotFound', 'gone'), at).kind, 'not_found');
  const refused = errorFromResponse(400, new Headers(), body(400, 'invalidTitle', 'The request metadata specifies an invalid or empty video title.'), at);
  assert.deepEqual([refused.kind, refused.message], ['rejected', 'YouTube refused: The request metadata specifies an invalid or empty video title.']);
  assert.equal(errorFromResponse(403, new Headers(), body(403, 'forbidden', 'no'), at).kind, 'rejected');
  assert.deepEqual(googleError('<html>'), { reason: null, message: '<html>' });
});

test('only Google\'s daily-quota answers mark a bucket spent, not its short-term rate limits', () => {
  const spent = (status: number, reason: string) => dailyQuotaSpent(errorFromResponse(status, new Headers(), body(status, reason, reason), at));
  assert.equal(spent(403, 'quotaExceeded'), true);
  assert.equal(spent(403, 'dailyLimitExceeded'), true);
  assert.equal(spent(403, 'rateLimitExceeded'), false);
  assert.equal(spent(429, 'userRateLimitExceeded'), false);
  assert.equal(spent(403, 'forbidden'), false);
  assert.equal(dailyQuotaSpent(new Error('quotaExceeded')), false, 'a marked error, not a message, says so');
});

test('the Range header of a 308 says how many bytes the session holds', () => {
  assert.equal(bytesHeld('bytes=0-262143'), 262144);
  assert.equal(bytesHeld(null), 0);
  assert.equal(bytesHeld('garbage'), 0);
});
