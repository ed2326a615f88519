/**
 * The query cache forgets everything when the session changes, so the next person on this browser never sees what
 * the previous one loaded, even for a moment.
 * Run: node --import tsx --test src/web/api/queries.test.ts
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setCsrfToken } from '../http';
import { queryClient } from './queries';

test('signing out or in empties the query cache', () => {
  setCsrfToken('owner-session');
  queryClient.setQueryData(['channels', 'w'], { channels: [{ id: 'owner-channel' }] });
  setCsrfToken('owner-session'); // the same session again (GET /me at start-up) keeps what is loaded
  assert.ok(queryClient.getQueryData(['channels', 'w']));

  setCsrfToken(null);
  assert.equal(queryClient.getQueryData(['channels', 'w']), undefined);

  queryClient.setQueryData(['channels', 'w'], { channels: [] });
  setCsrfToken('carol-session');
  assert.equal(queryClient.getQueryData(['channels', 'w']), undefined);
});
