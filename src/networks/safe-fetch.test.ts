/**
 * The outgoing-request guard, attacked the way an SSRF is tried: every spelling of a local address, a redirect hop
 * from a trusted server to a local one, and DNS that answers differently after a first, allowed call. Each attack
 * aims at a real listener on this machine, which must receive nothing.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { isBlockedAddress } from './blocked-addresses.js';
import { MastodonClient } from './mastodon/client.js';
import { NetworkError } from './connector.js';
import { guardedFetch, unsafeAddressIn, UnsafeAddressError } from './safe-fetch.js';

interface Listener {
  server: Server;
  port: number;
  origin: string;
  hits: string[];
}

async function listen(host: string, handler?: (req: IncomingMessage, res: ServerResponse) => void, port = 0): Promise<Listener> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    let size = 0;
    req.on('data', (c: Buffer) => (size += c.length));
    req.on('end', () => (handler ? handler(req, res) : res.end(JSON.stringify({ size, type: req.headers['content-type'] ?? null }))));
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const bound = (server.address() as AddressInfo).port;
  return { server, port: bound, origin: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`, hits };
}

const close = (l: Listener | undefined) => new Promise((resolve) => (l ? l.server.close(resolve) : resolve(null)));

const refused = (e: unknown) => unsafeAddressIn(e) instanceof UnsafeAddressError;

describe('the address check', () => {
  it('blocks every local, private, shared and reserved form, mapped, NAT64 and 6to4 spellings included', () => {
    const blocked = [
      ['127.0.0.1', 'loopback'],
      ['127.255.255.254', 'loopback'],
      ['0.0.0.0', 'unspecified'],
      ['10.1.2.3', 'private'],
      ['172.16.0.1', 'private'],
      ['172.31.255.255', 'private'],
      ['192.168.1.1', 'private'],
      ['169.254.169.254', 'link-local (cloud metadata)'],
      ['100.64.0.1', 'CGNAT'],
      ['100.127.255.255', 'CGNAT'],
      ['192.0.0.170', 'IETF protocol assignments'],
      ['192.0.2.1', 'documentation'],
      ['198.18.0.1', 'benchmarking'],
      ['198.19.255.255', 'benchmarking'],
      ['198.51.100.7', 'documentation'],
      ['203.0.113.9', 'documentation'],
      ['224.0.0.1', 'multicast'],
      ['239.255.255.250', 'multicast'],
      ['240.0.0.1', 'reserved'],
      ['255.255.255.255', 'broadcast'],
      ['::', 'unspecified'],
      ['::1', 'loopback'],
      ['::ffff:127.0.0.1', 'mapped, dotted'],
      ['::ffff:7f00:1', 'mapped, as Node writes it'],
      ['0:0:0:0:0:ffff:7f00:1', 'mapped, long form'],
      ['::ffff:a9fe:a9fe', 'mapped 169.254.169.254'],
      ['::ffff:10.0.0.1', 'mapped private'],
      ['::7f00:1', 'IPv4-compatible'],
      ['64:ff9b::7f00:1', 'NAT64 of 127.0.0.1'],
      ['64:ff9b::a9fe:a9fe', 'NAT64 of 169.254.169.254'],
      ['64:ff9b:1::1', 'local-use NAT64'],
      ['2002:7f00:1::1', '6to4 of 127.0.0.1'],
      ['2002:a9fe:a9fe::', '6to4 of 169.254.169.254'],
      ['fd00::1', 'unique local'],
      ['fc00::1', 'unique local'],
      ['fe80::1', 'link-local'],
      ['fe80::1%eth0', 'link-local with a zone'],
      ['ff02::1', 'multicast'],
      ['2001:db8::1', 'documentation'],
      ['2001::1', 'Teredo'],
      ['100::1', 'discard'],
      ['not an address', 'not an IP at all'],
    ];
    for (const [ip, why] of blocked) assert.equal(isBlockedAddress(ip!), true, `${ip} (${why})`);
    for (const ip of ['1.1.1.1', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1']) {
      assert.equal(isBlockedAddress(ip), false, ip);
    }
  });

  it('sees decimal, octal, hex and short IPv4 hosts as the dotted address, because the URL parser normalises them', () => {
    for (const raw of ['http://2130706433/', 'http://0177.0.0.1/', 'http://0x7f.1/', 'http://0x7f000001/', 'http://127.1/', 'http://017700000001/']) {
      assert.equal(new URL(raw).hostname, '127.0.0.1', raw);
    }
    assert.equal(new URL('http://0/').hostname, '0.0.0.0');
    assert.equal(new URL('http://[::ffff:127.0.0.1]/').hostname, '[::ffff:7f00:1]');
    assert.equal(new URL('http://[0:0:0:0:0:ffff:a9fe:a9fe]/').hostname, '[::ffff:a9fe:a9fe]');
  });
});

describe('guardedFetch', () => {
  let target: Listener;
  before(async () => {
    target = await listen('127.0.0.1');
  });
  after(() => close(target));

  it('refuses every spelling of a local address before any byte reaches the listener', async () => {
    const p = target.port;
    const forms = [
      `http://127.0.0.1:${p}/`,
      `http://localhost:${p}/`,
      `http://[::ffff:127.0.0.1]:${p}/`,
      `http://[::ffff:7f00:1]:${p}/`,
      `http://[0:0:0:0:0:ffff:7f00:1]:${p}/`,
      `http://2130706433:${p}/`,
      `http://0177.0.0.1:${p}/`,
      `http://0x7f.1:${p}/`,
      `http://127.1:${p}/`,
      `http://0.0.0.0:${p}/`,
      `http://0:${p}/`,
      `http://[::]:${p}/`,
      `http://[::1]:${p}/`,
      `http://[64:ff9b::7f00:1]:${p}/`,
      `http://[::ffff:a9fe:a9fe]:${p}/latest/meta-data/`,
      `http://169.254.169.254:${p}/latest/meta-data/`,
      `http://[fd00::1]:${p}/`,
      `http://[fe80::1]:${p}/`,
      `http://100.64.0.1:${p}/`,
      `http://198.18.0.1:${p}/`,
    ];
    const safeFetch = guardedFetch();
    for (const url of forms) {
      await assert.rejects(safeFetch(url, { signal: AbortSignal.timeout(5000) }), refused, url);
    }
    assert.deepEqual(target.hits, []);
  });

  it('lets an operator-configured origin through, exactly that host and port, and streams and forms still work', async () => {
    const safeFetch = guardedFetch({ trustedOrigins: [target.origin] });
    const plain = await safeFetch(`${target.origin}/plain`);
    assert.equal(plain.status, 200);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(100)]), 'a.bin');
    const sentForm = (await (await safeFetch(`${target.origin}/form`, { method: 'POST', body: form })).json()) as { size: number; type: string };
    assert.ok(sentForm.size > 100 && sentForm.type.startsWith('multipart/form-data'));
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new Uint8Array(3000));
        c.close();
      },
    });
    const init: RequestInit & { duplex: 'half' } = { method: 'POST', body: stream, duplex: 'half', redirect: 'error', headers: { 'content-length': '3000' } };
    assert.equal(((await (await safeFetch(`${target.origin}/stream`, init)).json()) as { size: number }).size, 3000);
    // A body with its own Content-Length (Node's fetch adds another copy of it).
    const put = await safeFetch(`${target.origin}/put`, { method: 'PUT', body: new Uint8Array(7), headers: { 'content-length': '7' } });
    assert.equal(((await put.json()) as { size: number }).size, 7);
    // The same host on another port is not trusted.
    await assert.rejects(safeFetch(`http://127.0.0.1:${target.port === 65535 ? 65534 : target.port + 1}/`), refused);
    assert.deepEqual(target.hits, ['GET /plain', 'POST /form', 'POST /stream', 'PUT /put']);
    target.hits.length = 0;
  });

  it('checks each redirect hop: a trusted server redirecting to a local listener gets nowhere', async () => {
    const inside = await listen('127.0.0.1');
    const redirector = await listen('127.0.0.1', (req, res) => {
      if (req.url === '/ok') return void res.end('ok');
      const to = req.url === '/same' ? '/ok' : req.url === '/mapped' ? `http://[::ffff:7f00:1]:${inside.port}/secret` : `${inside.origin}/secret`;
      res.writeHead(302, { location: to }).end();
    });
    try {
      const safeFetch = guardedFetch({ trustedOrigins: [redirector.origin] });
      await assert.rejects(safeFetch(`${redirector.origin}/away`), refused);
      await assert.rejects(safeFetch(`${redirector.origin}/mapped`), refused);
      assert.deepEqual(inside.hits, [], 'the local listener received nothing');
      // A hop within the trusted origin is followed.
      assert.equal(await (await safeFetch(`${redirector.origin}/same`)).text(), 'ok');
    } finally {
      await close(inside);
      await close(redirector);
    }
  });

  it('checks the address again on a later call: DNS that changes after connect reaches nothing', async () => {
    // 127.0.0.1 stands for a public address here (the test narrows the check); 127.0.0.2 is the attacker's target.
    const allowed = await listen('127.0.0.1', (_req, res) => res.setHeader('connection', 'close').end(JSON.stringify({ id: '1', username: 'ann', acct: 'ann' })));
    const inside = await listen('127.0.0.2', undefined, allowed.port);
    let answer = '127.0.0.1';
    const resolved: string[] = [];
    const fetchImpl = guardedFetch({
      resolve: async (name) => {
        resolved.push(name);
        return [answer];
      },
      isBlocked: (ip) => ip !== '127.0.0.1' && isBlockedAddress(ip),
    });
    try {
      const client = new MastodonClient(`http://rebinding.example:${allowed.port}`, 'token', { fetch: fetchImpl });
      assert.equal((await client.get('/api/v1/accounts/verify_credentials')).status, 200);
      answer = '127.0.0.2';
      await assert.rejects(
        client.get('/api/v1/timelines/home'),
        (e: unknown) => e instanceof NetworkError && e.kind === 'rejected' && /rebinding\.example \(127\.0\.0\.2\) is a local or private address/.test(e.message),
      );
      assert.deepEqual(allowed.hits, ['GET /api/v1/accounts/verify_credentials']);
      assert.deepEqual(inside.hits, [], 'the rebound address received nothing');
      assert.deepEqual(resolved, ['rebinding.example', 'rebinding.example'], 'resolved once per connection, never again by the socket');
    } finally {
      await close(inside);
      await close(allowed);
    }
  });

  it('follows CHORUS_ALLOW_PRIVATE_NETWORKS=1 (tests, private deployments)', async () => {
    process.env.CHORUS_ALLOW_PRIVATE_NETWORKS = '1';
    try {
      assert.equal((await guardedFetch()(`http://[::ffff:7f00:1]:${target.port}/allowed`)).status, 200);
    } finally {
      delete process.env.CHORUS_ALLOW_PRIVATE_NETWORKS;
    }
    assert.deepEqual(target.hits, ['GET /allowed']);
  });
});
