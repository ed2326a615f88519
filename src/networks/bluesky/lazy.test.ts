import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { it } from 'node:test';
import { NetworkError, type PublicationContent } from '../connector.js';
import { createBlueskyConnector } from './index.js';
import { createLazyBlueskyConnector } from './lazy.js';

it('checks content like the Bluesky connector without loading it', () => {
  const options = { service: 'https://bsky.example' };
  const lazy = createLazyBlueskyConnector(options);
  const real = createBlueskyConnector(options);
  assert.equal(lazy.network, 'bluesky');
  const limits = lazy.limits({});
  assert.deepEqual(limits, real.limits({}));
  const content = { text: 'x'.repeat(400), media: [] } as unknown as PublicationContent;
  assert.deepEqual(lazy.validate(content, limits), real.validate(content, limits));
  assert.ok(lazy.validate(content, limits).length > 0, 'too long for Bluesky');
});

it('hands a call that talks to the PDS to the real connector', async () => {
  const paths: string[] = [];
  const pds = createServer((req, res) => {
    paths.push(req.url ?? '');
    res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'AuthenticationRequired', message: 'Invalid identifier or password' }));
  });
  await new Promise<void>((resolve) => pds.listen(0, '127.0.0.1', resolve));
  try {
    const lazy = createLazyBlueskyConnector({ service: `http://127.0.0.1:${(pds.address() as AddressInfo).port}` });
    await assert.rejects(lazy.connect({ identifier: 'alice.test', appPassword: 'wrong-pass-word' }), (error: unknown) => error instanceof NetworkError && error.kind === 'auth');
    assert.deepEqual(paths, ['/xrpc/com.atproto.server.createSession']);
  } finally {
    pds.close();
  }
});
