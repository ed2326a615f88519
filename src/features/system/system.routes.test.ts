import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { NetworkRegistry } from '../../networks/registry.js';

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
});
