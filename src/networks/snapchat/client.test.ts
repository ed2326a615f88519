import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NetworkError } from '../connector.js';
import { errorFromResponse, SnapClient, snapMessage } from './client.js';

const h = (values: Record<string, string> = {}) => new Headers(values);
const body = (error_code: string, message: string) => ({ request_status: 'ERROR', request_id: 'r', debug_message: `debug: ${message}`, display_message: message, error_code });

test('Snap errors map to kinds, with the display message', () => {
  assert.equal(errorFromResponse(401, h(), body('UNAUTHORIZED', 'expired')).kind, 'auth');
  const denied = errorFromResponse(403, h(), body('AUTHORIZATION_PERMISSION_DENIED', 'App not allowlisted'));
  assert.deepEqual([denied.kind, denied.message], ['rejected', 'Snapchat refused: App not allowlisted']);
  assert.equal(errorFromResponse(400, h(), body('MEDIA_PROCESSING', 'still processing')).kind, 'transient');
  assert.equal(errorFromResponse(404, h(), null).kind, 'not_found');
  assert.equal(errorFromResponse(500, h(), null).kind, 'transient');
  assert.equal(errorFromResponse(429, h({ 'retry-after': '2' }), null).details.retryAfterMs, 2000);
  assert.equal(errorFromResponse(429, h(), null).details.retryAfterMs, 5000);
  assert.equal(snapMessage({ error: 'invalid_grant', error_description: 'Invalid refresh token' }), 'Invalid refresh token');
});

test('a 200 whose envelope says ERROR is still a failure', async () => {
  const fetchImpl: typeof fetch = async () => Response.json(body('INVALID_REQUEST', 'name is required'));
  await assert.rejects(new SnapClient({ fetch: fetchImpl, accessToken: 't' }).post('/v1/x'), (e: unknown) => e instanceof NetworkError && e.kind === 'rejected' && /name is required/.test(e.message));
});
