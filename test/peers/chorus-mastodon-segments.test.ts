/**
 * Variants per audience segment on a real Mastodon-API server (snac2), through Chorus's own routes: no organic
 * targeting, so each segment's variant is its own status, due at noon on the segment's clock (segment-variants.ts),
 * and each is on the server with its own text.
 * Run: sh test/peers/mastodon/setup.sh && node scripts/test.mjs test/peers/chorus-mastodon-segments.test.ts
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { call } from '../../src/testing/app.js';
import { chorusBeside } from './chorus-beside.js';
import { startSnac } from './mastodon/harness.js';
import { segmentVariantsScenario } from './segment-variants.js';

const env = chorusBeside(startSnac);

it('sends each segment its own Mastodon status, due at noon on the segment’s clock', { timeout: 120_000 }, async () => {
  let accessToken = '';
  const { t, database, peer: snac } = env;
  const sent = await segmentVariantsScenario(t, database, async (ws, token) => {
    ({ accessToken } = await snac.createUserToken('fizz'));
    const res = await call(t.app, token, 'POST', `${ws}/channels`, { network: 'mastodon', instanceUrl: snac.baseUrl, accessToken });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id as string;
  });
  for (const variant of sent) {
    const status = await fetch(`${snac.baseUrl}/api/v1/statuses/${encodeURIComponent(variant.externalId)}`, { headers: { authorization: `Bearer ${accessToken}`, connection: 'close' } });
    assert.equal(status.status, 200, variant.segment);
    const body = (await status.json()) as { content: string };
    assert.match(body.content, new RegExp(variant.text.replace(/[.:,]/g, '.')), variant.segment);
  }
});
