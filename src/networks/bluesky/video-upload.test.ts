/**
 * Bluesky video goes to the PDS's `com.atproto.repo.uploadBlob` streamed from the media store: a small local HTTP
 * server stands in for the PDS (the calls a publish makes, answered as the PDS answers them) and hashes the upload
 * as it arrives, keeping none of it. The whole-file `read()` of the video throws.
 * Run: node scripts/test.mjs src/networks/bluesky/video-upload.test.ts
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { MP4_HEAD, rangedMedia } from '../../../test/fakes/upload-bytes.js';
import { NetworkError, type ChannelContext, type Credentials } from '../connector.js';
import { createBlueskyConnector } from './index.js';

const BLOB_CID = 'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku';

interface Upload {
  headers: IncomingHttpHeaders;
  bytes: number;
  sha256: string;
}

/** What the stand-in PDS saw, and how it should answer the next uploads. */
const pds = {
  url: '',
  uploads: [] as Upload[],
  records: [] as Record<string, unknown>[],
  /** Access tokens the PDS accepts. */
  validTokens: new Set<string>(['access-1']),
  refreshes: 0,
  /** Answer the next upload with this instead (after reading it, as a PDS does). */
  nextUploadAnswer: null as { status: number; body: unknown; headers?: Record<string, string> } | null,
};

const server = createServer((req, res) => {
  const method = new URL(req.url ?? '/', 'http://pds').pathname.replace('/xrpc/', '');
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
  void (async () => {
    if (method === 'com.atproto.repo.uploadBlob') {
      const hash = createHash('sha256');
      let bytes = 0;
      for await (const chunk of req) {
        hash.update(chunk as Buffer);
        bytes += (chunk as Buffer).length;
      }
      pds.uploads.push({ headers: req.headers, bytes, sha256: hash.digest('hex') });
      const answer = pds.nextUploadAnswer;
      pds.nextUploadAnswer = null;
      if (answer) return json(answer.status, answer.body, answer.headers);
      if (!pds.validTokens.has(token)) return json(400, { error: 'ExpiredToken', message: 'Token has expired' });
      return json(200, { blob: { $type: 'blob', ref: { $link: BLOB_CID }, mimeType: req.headers['content-type'], size: bytes } });
    }
    const body = await new Response(req as unknown as ReadableStream).text();
    if (method === 'com.atproto.server.refreshSession') {
      pds.refreshes++;
      pds.validTokens.add('access-2');
      return json(200, { did: 'did:plc:alice', handle: 'alice.test', accessJwt: 'access-2', refreshJwt: 'refresh-2', active: true });
    }
    if (!pds.validTokens.has(token)) return json(400, { error: 'ExpiredToken', message: 'Token has expired' });
    if (method === 'com.atproto.repo.getRecord') return json(400, { error: 'RecordNotFound', message: 'Could not locate record' });
    if (method === 'com.atproto.repo.createRecord') {
      const input = JSON.parse(body) as { rkey: string; record: Record<string, unknown> };
      pds.records.push(input.record);
      return json(200, { uri: `at://did:plc:alice/app.bsky.feed.post/${input.rkey}`, cid: 'bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm' });
    }
    json(501, { error: 'MethodNotImplemented', message: method });
  })().catch((err: unknown) => json(500, { error: 'InternalServerError', message: String(err) }));
});

function channel(): ChannelContext & { saved: Credentials[] } {
  const ctx: ChannelContext & { saved: Credentials[] } = {
    channelId: 'c1',
    credentials: { identifier: 'alice.test', appPassword: 'pw', accessJwt: 'access-1', refreshJwt: 'refresh-1', did: 'did:plc:alice', handle: 'alice.test', service: pds.url },
    externalId: 'did:plc:alice',
    serviceUrl: pds.url,
    saved: [],
    onCredentialsChanged: async (next) => void ctx.saved.push(next),
  };
  return ctx;
}

describe('Bluesky video upload', () => {
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    pds.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  beforeEach(() => {
    pds.uploads = [];
    pds.records = [];
    pds.validTokens = new Set(['access-1']);
    pds.refreshes = 0;
  });

  it('streams a 3 MB video range by range with its exact length and puts the returned blob in the post', async () => {
    const size = 3 * 1024 * 1024 + 11;
    const video = rangedMedia('video/mp4', size, { head: MP4_HEAD, altText: 'A clip' });
    const ref = await createBlueskyConnector({ service: pds.url }).publish(channel(), { text: 'Watch', media: [video.media] }, 'vid-1');

    assert.match(ref.externalId, /^at:\/\/did:plc:alice\/app\.bsky\.feed\.post\//);
    assert.equal(video.ranges.length, Math.ceil(size / (1024 * 1024)), 'ranges of 1 MiB, never the whole file');
    const [upload] = pds.uploads;
    assert.equal(upload?.sha256, video.sha256);
    assert.equal(upload?.headers['content-length'], String(size));
    assert.equal(upload?.headers['transfer-encoding'], undefined);
    assert.equal(upload?.headers['content-type'], 'video/mp4');
    assert.equal(upload?.headers.authorization, 'Bearer access-1');
    const embed = pds.records[0]?.['embed'] as Record<string, unknown>;
    assert.equal(embed['$type'], 'app.bsky.embed.video');
    assert.deepEqual(embed['video'], { $type: 'blob', ref: { $link: BLOB_CID }, mimeType: 'video/mp4', size });
    assert.equal(embed['alt'], 'A clip');
  });

  it('refreshes an expired access token and sends the video again from its first byte', async () => {
    pds.validTokens = new Set(['access-1']);
    const ctx = channel();
    // The session is good for reading but expires just as the upload arrives.
    pds.nextUploadAnswer = { status: 400, body: { error: 'ExpiredToken', message: 'Token has expired' } };
    const video = rangedMedia('video/mp4', 1500 * 1024, { head: MP4_HEAD });
    await createBlueskyConnector({ service: pds.url }).publish(ctx, { text: 'Again', media: [video.media] }, 'vid-2');

    assert.equal(pds.refreshes, 1);
    assert.equal(pds.uploads.length, 2);
    assert.equal(pds.uploads[1]?.headers.authorization, 'Bearer access-2');
    assert.equal(pds.uploads[1]?.sha256, video.sha256);
    assert.deepEqual(video.ranges.map(([start]) => start), [0, 1024 * 1024, 0, 1024 * 1024], 'read anew, not replayed from memory');
    assert.equal(ctx.saved.at(-1)?.['accessJwt'], 'access-2', 'the refreshed session is saved');
  });

  it('a rate-limited upload is rate_limited with the delay the PDS gave', async () => {
    pds.nextUploadAnswer = { status: 429, body: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' }, headers: { 'retry-after': '42' } };
    const video = rangedMedia('video/mp4', 1000, { head: MP4_HEAD });
    await assert.rejects(
      createBlueskyConnector({ service: pds.url }).publish(channel(), { text: 'Busy', media: [video.media] }, 'vid-3'),
      (e: unknown) => e instanceof NetworkError && e.kind === 'rate_limited' && e.details.retryAfterMs === 42_000 && /uploading the video/.test(e.message),
    );
    assert.equal(pds.records.length, 0, 'no post without its video');
  });

  it('a 96 MB video holds far less than the file while it is sent', async () => {
    // Sent through @atproto/api (redirect 'follow'), fetch would keep every chunk until the answer: ≈ 96 MB here.
    const video = rangedMedia('video/mp4', 96 * 1024 * 1024, { head: MP4_HEAD });
    const before = process.memoryUsage().arrayBuffers;
    let peak = before;
    const sampler = setInterval(() => void (peak = Math.max(peak, process.memoryUsage().arrayBuffers)), 2);
    try {
      await createBlueskyConnector({ service: pds.url }).publish(channel(), { text: 'Big', media: [video.media] }, 'vid-4');
    } finally {
      clearInterval(sampler);
    }
    assert.ok(peak - before < 64 * 1024 * 1024, `buffers grew by ${Math.round((peak - before) / 1024 / 1024)} MB`);
    assert.equal(pds.uploads[0]?.sha256, video.sha256);
  });
});
