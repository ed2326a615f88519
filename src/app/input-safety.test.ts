/**
 * Text PostgreSQL cannot store (NUL, lone surrogates) sent to each place that answered 500 with it, a broken
 * multipart upload, and Fastify's own errors: each must answer a 4xx `{"error":{code,message,field?}}`, and leave
 * nothing stored.
 */
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { InjectOptions } from 'fastify';
import { forEachDatabase } from '../db/testing.js';
import { MemoryNetwork } from '../../test/fakes/memory-network.js';
import { isErrorShape } from './openapi-fuzz.js';
import { createTenantApp, type Tenant } from '../testing/scenario.js';
import { call, type TestApp } from '../testing/app.js';

const NUL = 'a\u0000b';
const LONE = 'a\ud800';
const GIF = 'GIF89a\x01\x00\x01\x00\x00\x00\x00;';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

forEachDatabase('unsafe text and broken requests', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  const ws = () => `/api/v1/workspaces/${a.workspaceId}`;
  before(async () => {
    const network = new MemoryNetwork();
    ({ app: t, tenant: a } = await createTenantApp(getDb(), { network }));
  });
  after(async () => t?.close());

  /** Sends the request and expects 400 invalid_request naming `field`. */
  async function refused(method: 'POST' | 'PATCH' | 'PUT' | 'GET', url: string, body: unknown, field: string) {
    const res = await call(t.app, a.token, method, url, body);
    assert.equal(res.status, 400, `${method} ${url} ${JSON.stringify(body)}: ${JSON.stringify(res.body)}`);
    assert.ok(isErrorShape(res.body), JSON.stringify(res.body));
    assert.equal(res.body.error.code, 'invalid_request');
    assert.equal(res.body.error.field, field);
  }

  describe('NUL bytes and lone surrogates answer 400 naming the field', () => {
    it('in a token name', async () => {
      await refused('POST', `${ws()}/tokens`, { name: NUL }, 'name');
      await refused('POST', `${ws()}/tokens`, { name: LONE }, 'name');
    });

    it('in the UTM template', async () => {
      await refused('PUT', `${ws()}/utm-template`, { medium: NUL }, 'medium');
      await refused('PUT', `${ws()}/utm-template`, { campaign: LONE }, 'campaign');
    });

    it('in post text and variant text, and in network option keys', async () => {
      const post = { text: 'ok', channelIds: [a.channelId] };
      await refused('POST', `${ws()}/posts`, { ...post, text: NUL }, 'text');
      await refused('POST', `${ws()}/posts`, { ...post, variants: [{ channelId: a.channelId, text: LONE }] }, 'variants.0.text');
      await refused('POST', `${ws()}/posts`, { ...post, variants: [{ channelId: a.channelId, options: { [NUL]: 1 } }] }, 'variants.0.options.a\ufffdb');
      const created = await call(t.app, a.token, 'POST', `${ws()}/posts`, post);
      assert.equal(created.status, 201, JSON.stringify(created.body));
      await refused('PATCH', `${ws()}/posts/${created.body.id}`, { text: NUL }, 'text');
    });

    it('in campaign names and UTM names', async () => {
      const campaign = { name: 'Spring', goal: 'traffic', startsAt: '2027-03-01T00:00:00Z', endsAt: '2027-05-31T00:00:00Z' };
      await refused('POST', `${ws()}/campaigns`, { ...campaign, name: NUL }, 'name');
      await refused('POST', `${ws()}/campaigns`, { ...campaign, utmCampaign: LONE }, 'utmCampaign');
      const made = await call(t.app, a.token, 'POST', `${ws()}/campaigns`, campaign);
      assert.equal(made.status, 201, JSON.stringify(made.body));
      await refused('PATCH', `${ws()}/campaigns/${made.body.id}`, { name: LONE }, 'name');
    });

    it('in link titles, tags and UTM fields, and in ?tag=', async () => {
      await refused('POST', `${ws()}/links`, { url: 'https://example.com/a', title: NUL }, 'title');
      await refused('POST', `${ws()}/links`, { url: 'https://example.com/a', tags: ['ok', LONE] }, 'tags.1');
      await refused('POST', `${ws()}/links`, { url: 'https://example.com/a', utm: { source: NUL } }, 'utm.source');
      const link = await call(t.app, a.token, 'POST', `${ws()}/links`, { url: 'https://example.com/a' });
      assert.equal(link.status, 201, JSON.stringify(link.body));
      await refused('PATCH', `${ws()}/links/${link.body.id}`, { title: LONE }, 'title');
      await refused('PATCH', `${ws()}/links/${link.body.id}`, { utm: { term: NUL } }, 'utm.term');
      await refused('GET', `${ws()}/links?tag=%00`, undefined, 'tag');
    });

    it('in media alt text', async () => {
      const upload = await sendMultipart(`--X\r\nContent-Disposition: form-data; name="file"; filename="a.gif"\r\nContent-Type: image/gif\r\n\r\n${GIF}\r\n--X--\r\n`);
      assert.equal(upload.statusCode, 201, upload.body);
      await refused('PATCH', `${ws()}/media/${upload.json().id}`, { altText: NUL }, 'altText');
    });

    it('keeps text with paired surrogates (emoji) as sent', async () => {
      const res = await call(t.app, a.token, 'POST', `${ws()}/links`, { url: 'https://example.com/emoji', title: 'launch 🚀' });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.title, 'launch 🚀');
    });
  });

  describe('multipart uploads', () => {
    const part = (name: string, value: string) => `--X\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const file = (fileName: string) => `--X\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: image/gif\r\n\r\n${GIF}\r\n`;

    /** Sends the body, expects 400 with `code` and `field`, and checks no media row or file was left behind. */
    async function refusedUpload(payload: string, code: string, field: string) {
      const rowsBefore = await mediaRows();
      const filesBefore = await filesUnder(path.join(t.config.dataDir, 'media'));
      const res = await sendMultipart(payload);
      assert.equal(res.statusCode, 400, res.body);
      assert.ok(isErrorShape(res.json()), res.body);
      assert.equal(res.json().error.code, code);
      assert.equal(res.json().error.field, field);
      assert.equal(await mediaRows(), rowsBefore, 'no media row is stored');
      assert.deepEqual(await filesUnder(path.join(t.config.dataDir, 'media')), filesBefore, 'no file is left behind');
    }

    // (A multipart body is bytes: UTF-8 cannot carry a lone surrogate, its bytes decode to U+FFFD, so NUL it is.)
    it('refuses a NUL in the alt text, before or after the file', async () => {
      await refusedUpload(`${part('altText', NUL)}${file('a.gif')}--X--\r\n`, 'invalid_request', 'altText');
      await refusedUpload(`${file('a.gif')}${part('altText', NUL)}--X--\r\n`, 'invalid_request', 'altText');
    });

    it('refuses a NUL in the file name', async () => {
      await refusedUpload(`${file(NUL)}--X--\r\n`, 'invalid_request', 'file');
    });

    it('answers 400 to a body that breaks off, and stores nothing', async () => {
      await refusedUpload(`--X\r\nContent-Disposition: form-data; name="file"; filename="a.gif"\r\nContent-Type: image/gif\r\n\r\nGIF89a\x01\x00`, 'invalid_multipart', 'file');
      await refusedUpload(`${file('a.gif')}--X\r\nContent-Disposition: form-data; name="altText"\r\n\r\nunfinished`, 'invalid_multipart', 'file');
    });
  });

  describe("Fastify's own errors in the documented shape", () => {
    async function shaped(request: InjectOptions & { headers?: Record<string, string> }, status: number, code: string) {
      const res = await t.app.inject({ ...request, headers: { authorization: `Bearer ${a.token}`, ...request.headers } });
      assert.equal(res.statusCode, status, res.body);
      assert.ok(isErrorShape(res.json()), res.body);
      assert.equal(res.json().error.code, code);
    }

    it('answers 414 to a 200-character path parameter', async () => {
      await shaped({ method: 'GET', url: `/api/v1/workspaces/${'x'.repeat(200)}/posts` }, 414, 'uri_too_long');
    });

    it('answers 400 to a malformed %-escape in the path', async () => {
      await shaped({ method: 'GET', url: `/api/v1/workspaces/%ED%A0%80/posts` }, 400, 'invalid_url');
    });

    it('answers 415 to a content type the API does not take', async () => {
      await shaped({ method: 'POST', url: `${ws()}/tokens`, headers: { 'content-type': 'application/xml' }, payload: '<a/>' }, 415, 'unsupported_media_type');
    });

    it('answers 400 to malformed JSON and to an empty JSON body', async () => {
      await shaped({ method: 'POST', url: `${ws()}/tokens`, headers: { 'content-type': 'application/json' }, payload: '{"name":' }, 400, 'invalid_json');
      await shaped({ method: 'POST', url: `${ws()}/tokens`, headers: { 'content-type': 'application/json' }, payload: '' }, 400, 'invalid_json');
    });

    it('answers 413 to a body over the limit', async () => {
      const payload = JSON.stringify({ name: 'x'.repeat(3 * 1024 * 1024) });
      await shaped({ method: 'POST', url: `${ws()}/tokens`, headers: { 'content-type': 'application/json' }, payload }, 413, 'body_too_large');
    });

    it('answers 404 to an unknown route or method, and 400 to a bad query string', async () => {
      await shaped({ method: 'GET', url: '/api/v1/nothing-here' }, 404, 'not_found');
      await shaped({ method: 'DELETE', url: '/api/v1/me' }, 404, 'not_found');
      await shaped({ method: 'GET', url: `${ws()}/links?limit=many` }, 400, 'invalid_request');
    });

    it('answers 431 to headers too large and 400 to a request that is not HTTP, from the real socket', async () => {
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = t.app.server.address() as net.AddressInfo;
      const big = await rawRequest(port, `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'x'.repeat(64 * 1024)}\r\n\r\n`);
      assert.match(big.head, /^HTTP\/1\.1 431 /);
      assert.ok(isErrorShape(JSON.parse(big.body)), big.body);
      assert.equal(JSON.parse(big.body).error.code, 'headers_too_large');
      const junk = await rawRequest(port, 'NOT HTTP AT ALL\r\n\r\n');
      assert.match(junk.head, /^HTTP\/1\.1 400 /);
      assert.ok(isErrorShape(JSON.parse(junk.body)), junk.body);
    });
  });

  function sendMultipart(payload: string) {
    return t.app.inject({
      method: 'POST',
      url: `${ws()}/media`,
      headers: { authorization: `Bearer ${a.token}`, 'content-type': 'multipart/form-data; boundary=X' },
      payload,
    });
  }

  async function mediaRows(): Promise<number> {
    const row = await t.ctx.database.db.selectFrom('media').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }
});

/** Writes raw bytes to the server and reads the whole answer (the server closes the connection after it). */
function rawRequest(port: number, text: string): Promise<{ head: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', (error) => (chunks.length ? undefined : reject(error)));
    socket.on('close', () => {
      const answer = Buffer.concat(chunks).toString('utf8');
      const at = answer.indexOf('\r\n\r\n');
      resolve({ head: answer.slice(0, at), body: answer.slice(at + 4) });
    });
  });
}
