/**
 * The benchmark's network: a tiny HTTP server with a fixed latency that keeps posts by idempotency key (so a
 * duplicate publish is counted, not hidden), and the connector Chorus workers use to reach it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Connector } from '../src/networks/connector.js';
import { NetworkError } from '../src/networks/connector.js';
import { validateCommon } from '../src/networks/validate.js';

export interface FakeNetworkServer {
  url: string;
  /** publish calls per idempotency key */
  calls: Map<string, number>;
  reset(): void;
  close(): Promise<void>;
}

export async function startFakeNetwork(latencyMs: number): Promise<FakeNetworkServer> {
  const calls = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const key = decodeURIComponent((req.url ?? '').split('/posts/')[1] ?? '');
    req.resume();
    req.on('end', () => {
      if (req.method === 'GET') {
        res.writeHead(calls.has(key) ? 200 : 404).end();
        return;
      }
      setTimeout(() => {
        calls.set(key, (calls.get(key) ?? 0) + 1);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: key }));
      }, latencyMs);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    reset: () => calls.clear(),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function fakeConnector(baseUrl: string): Connector {
  const limits = {
    maxGraphemes: 300,
    maxImages: 4,
    maxImageBytes: 1_000_000,
    maxVideos: 1,
    maxVideoBytes: 1_000_000,
    allowMixedMedia: false,
    acceptedImageTypes: ['image/png'],
    acceptedVideoTypes: ['video/mp4'],
    rate: { requests: 1_000_000, perSeconds: 1 },
  };
  const ref = (key: string) => ({ externalId: key, url: `${baseUrl}/posts/${encodeURIComponent(key)}` });
  return {
    network: 'bluesky',
    connect: async (input) => ({
      externalId: input.identifier ?? 'x',
      handle: input.identifier ?? 'x',
      displayName: 'bench',
      avatarUrl: null,
      serviceUrl: null,
      credentials: { token: 'bench' },
      limits,
    }),
    limits: () => limits,
    validate: (content, l) => validateCommon(content, l, 'Bench'),
    async publish(_ctx, _content, key) {
      const res = await fetch(`${baseUrl}/posts/${encodeURIComponent(key)}`, { method: 'POST', body: '{}' }).catch((e: Error) => {
        throw new NetworkError('transient', e.message);
      });
      if (!res.ok) throw new NetworkError('transient', `HTTP ${res.status}`);
      await res.arrayBuffer();
      return ref(key);
    },
    async findPublished(_ctx, key) {
      const res = await fetch(`${baseUrl}/posts/${encodeURIComponent(key)}`);
      return res.ok ? ref(key) : null;
    },
    delete: async () => undefined,
    fetchMetrics: async () => [],
    fetchEngagement: async () => [],
    reply: async () => ref('reply'),
    refreshCredentials: async () => null,
  };
}
