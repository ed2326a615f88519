/**
 * The web app's API types must be those of the server as it is: a route whose schema changed without
 * `npm run api:types` leaves the committed src/web/api/schema.d.ts stale, and the web client would type-check against
 * answers the server no longer gives.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { it } from 'node:test';
import { API_TYPES_FILE, generateApiTypes } from './api-types.js';

it('src/web/api/schema.d.ts matches the server OpenAPI document', async () => {
  const committed = await readFile(API_TYPES_FILE, 'utf8').catch(() => '');
  const fresh = await generateApiTypes();
  assert.ok(committed === fresh, 'src/web/api/schema.d.ts is stale: run npm run api:types and commit the result');
});
