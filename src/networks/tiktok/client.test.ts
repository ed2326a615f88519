import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorFromResponse, quoteBigIntegers } from './client.js';
import { FAIL_REASONS, parse, statusSchema } from './mapping.js';

const body = (code: string, message = 'm') => ({ data: {}, error: { code, message, log_id: 'L' } });

test('TikTok error codes map to kinds with messages a person can act on', () => {
  assert.equal(errorFromResponse(401, new Headers(), body('access_token_invalid')).kind, 'auth');
  assert.match(errorFromResponse(401, new Headers(), body('scope_not_authorized')).message, /reconnect it and allow/);
  const rate = errorFromResponse(429, new Headers(), body('rate_limit_exceeded'));
  assert.deepEqual([rate.kind, rate.details.retryAfterMs], ['rate_limited', 60_000]);
  assert.equal(errorFromResponse(429, new Headers({ 'retry-after': '5' }), body('rate_limit_exceeded')).details.retryAfterMs, 5000);
  assert.equal(errorFromResponse(403, new Headers(), body('spam_risk_too_many_posts')).kind, 'rate_limited');
  assert.match(errorFromResponse(403, new Headers(), body('unaudited_client_can_only_post_to_private_accounts')).message, /not yet audited/);
  assert.match(errorFromResponse(403, new Headers(), body('url_ownership_unverified')).message, /verified/);
  assert.equal(errorFromResponse(500, new Headers(), body('internal_error')).kind, 'transient');
  const refused = errorFromResponse(400, new Headers(), body('invalid_params', 'chunk_size is invalid'));
  assert.deepEqual([refused.kind, refused.message], ['rejected', 'TikTok refused: chunk_size is invalid (TikTok log id L)']);
});

test('int64 post ids survive parsing', () => {
  const raw = '{"data":{"status":"PUBLISH_COMPLETE","publicaly_available_post_id":[7300000000000000123]},"error":{"code":"ok"}}';
  const status = parse(statusSchema, JSON.parse(quoteBigIntegers(raw)), 'status').data;
  assert.deepEqual(status.publicaly_available_post_id, ['7300000000000000123']);
  assert.equal(quoteBigIntegers('{"n":12}'), '{"n":12}');
  assert.ok(FAIL_REASONS['duration_check_failed']);
});
