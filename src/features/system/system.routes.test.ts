import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { NetworkRegistry } from '../../networks/registry.js';
import { refreshRound } from '../channels/refresh.js';

forEachDatabase('health, metrics, OpenAPI', (getDb) => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp(getDb(), { networks: new NetworkRegistry() });
  });
  after(async () => t?.close());

  it('answers /healthz, /metrics in Prometheus format, and the OpenAPI document', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/healthz' });
    assert.deepEqual(health.json(), { status: 'ok' });
    const metrics = await t.app.inject({ method: 'GET', url: '/metrics' });
    assert.equal(metrics.statusCode, 200);
    assert.match(metrics.headers['content-type'] as string, /text\/plain/);
    assert.match(metrics.body, /# TYPE chorus_publish_latency_seconds histogram/);
    assert.match(metrics.body, /# TYPE chorus_jobs gauge/);
    const openapi = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = openapi.json() as { paths: Record<string, unknown> };
    assert.ok(doc.paths['/api/v1/workspaces/{ws}/posts'], 'posts are documented');
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().error.code, 'not_found');
  });

  it('counts queued background jobs by queue and state in /metrics', async () => {
    // Far in the future, so no worker takes them while the test looks.
    const later = new Date(Date.now() + 3_600_000);
    for (let i = 0; i < 2; i++) await t.ctx.jobs.send(refreshRound.job, { channelId: crypto.randomUUID() }, { startAfter: later });
    const metrics = await t.app.inject({ method: 'GET', url: '/metrics' });
    assert.match(metrics.body, /^chorus_jobs\{queue="channel-refresh\.v1",state="created"\} 2$/m);
  });
});
