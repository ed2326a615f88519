/**
 * Sentiment of texts over HTTP: any member, even a viewer, may ask; the answer keeps the order sent; the limits (1 to
 * 1,000 texts, 10,000 characters each) are told in the error. The attacks: someone outside the workspace using it,
 * no session at all.
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { invitePerson, type Person } from '../auth/people.testing.js';

forEachDatabase('sentiment of texts', (getDb) => {
  const { t, a, b } = useTenantApp(getDb, { secondTenant: true });
  let viewer: Person;
  before(async () => {
    viewer = await invitePerson(t.app, a, 'sentiment-viewer@example.com', 'viewer');
  });
  const url = (ws: string) => `/api/v1/workspaces/${ws}/sentiment`;

  it('answers a viewer, in the order sent', async () => {
    // French words are scored only with a locally trained model (none ships); its emoticons always are.
    const texts = ['I love this, great job!', "C'est vraiment nul :(", 'Das ist sehr gut', 'This is not good.', "Super, j'adore ! :)"];
    const res = await call(t.app, viewer, 'POST', url(a.workspaceId), { texts });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const got = res.body.results.map((r: { label: string; language: string }) => `${r.language}:${r.label}`);
    assert.deepEqual(got, ['en:positive', 'fr:negative', 'unknown:neutral', 'en:negative', 'fr:positive']);
    for (const result of res.body.results) assert.ok(result.score >= -1 && result.score <= 1);
  });

  it('takes 1,000 texts and refuses none, more, or one too long, saying the limit', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => (i % 2 ? 'great' : 'awful'));
    const full = await call(t.app, a.token, 'POST', url(a.workspaceId), { texts: many });
    assert.equal(full.status, 200);
    assert.equal(full.body.results.length, 1000);
    assert.equal(full.body.results[999].label, 'positive');

    const none = await call(t.app, a.token, 'POST', url(a.workspaceId), { texts: [] });
    assert.equal(none.status, 400);
    assert.match(none.body.error.message, /"texts" .* at least 1 items/);
    const tooMany = await call(t.app, a.token, 'POST', url(a.workspaceId), { texts: [...many, 'one more'] });
    assert.equal(tooMany.status, 400);
    assert.match(tooMany.body.error.message, /"texts" .* at most 1000 items/);
    const tooLong = await call(t.app, a.token, 'POST', url(a.workspaceId), { texts: ['ok', 'x'.repeat(10_001)] });
    assert.equal(tooLong.status, 400);
    assert.match(tooLong.body.error.message, /"texts.1" .* at most 10000 characters/);
    assert.equal((await call(t.app, a.token, 'POST', url(a.workspaceId), { texts: [42] })).status, 400);
    // The server's 2 MB body limit comes before the texts' own limits; its answer says so.
    const heavy = await call(t.app, a.token, 'POST', url(a.workspaceId), { texts: Array.from({ length: 300 }, () => 'x'.repeat(10_000)) });
    assert.equal(heavy.status, 413);
    assert.equal(heavy.body.error.code, 'body_too_large');
    assert.equal((await call(t.app, a.token, 'POST', url(a.workspaceId), {})).status, 400);
  });

  it('refuses someone outside the workspace, and no session', async () => {
    const outside = await call(t.app, viewer, 'POST', url(b.workspaceId), { texts: ['hello'] });
    assert.equal(outside.status, 404);
    assert.equal((await call(t.app, viewer, 'POST', url('00000000-0000-4000-8000-000000000000'), { texts: ['hello'] })).status, 404);
    assert.equal((await call(t.app, null, 'POST', url(a.workspaceId), { texts: ['hello'] })).status, 401);
  });
});
