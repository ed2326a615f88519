/**
 * What every connector's contract test against its fake needs: a channel as the publisher hands it over, a check
 * that a call failed with the expected kind of `NetworkError`, and a raw call to the fake that bypasses the
 * connector (to show the fake itself refuses what the real network refuses).
 *
 * @example
 * const saved: Credentials[] = [];
 * await assert.rejects(connector.publish(channelContext(ann.id, { accessToken: 'expired' }, saved), content, 'k'), isNetworkError('auth'));
 * assert.equal((await rawCall(fake.baseUrl, 'GET', '/2/users/me', null)).status, 401);
 */
import assert from 'node:assert/strict';
import type { OAuthApp } from './scaffold/tokens.js';
import { NetworkError, type ChannelContext, type Connector, type Credentials, type PublicationContent, type PublishedRef } from '../../src/networks/connector.js';

/** Chorus registered as an OAuth client of a fake network, with its one callback URL (the same shape on every network). */
export function chorusApp(network: string, clientId: string, clientSecret: string): { app: OAuthApp; redirectUri: string } {
  const redirectUri = `https://chorus.example/oauth/${network}/callback`;
  return { app: { clientId, clientSecret, redirectUris: [redirectUri] }, redirectUri };
}

/** A channel of `externalId` with these credentials; credentials the connector saves are pushed onto `saved`. */
export function channelContext(externalId: string, credentials: Credentials, saved: Credentials[] = [], serviceUrl: string | null = null): ChannelContext {
  return { channelId: 'c1', credentials, externalId, serviceUrl, onCredentialsChanged: async (next) => void saved.push(next) };
}

/** For `assert.rejects`: the error is a `NetworkError` of this kind (and its message matches, when a pattern is given). */
export const isNetworkError = (kind: NetworkError['kind'], pattern?: RegExp) => (e: unknown) => {
  assert.ok(e instanceof NetworkError, String(e));
  assert.equal(e.kind, kind, e.message);
  if (pattern) assert.match(e.message, pattern);
  return true;
};

/** A request straight to the fake, with a bearer token (or none) and a JSON body; the answer's status and JSON (null when empty). */
export async function rawCall<Body = unknown>(baseUrl: string, method: string, path: string, token: string | null, body?: unknown): Promise<{ status: number; body: Body }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as Body };
}

/**
 * What `findPublished` must do after a crash, on every network: the post published with `content` is found again
 * by that content (whatever the network made of its text) even when a newer post came after it, and content that
 * was never published finds nothing. Returns the post, for the network's own further checks.
 */
export async function assertFindsPublished(connector: Connector, ctx: ChannelContext, content: PublicationContent, neverPublished: PublicationContent): Promise<PublishedRef> {
  const ref = await connector.publish(ctx, content, 'crashed');
  await connector.publish(ctx, { ...content, text: 'Something newer' }, 'newer');
  assert.deepEqual(await connector.findPublished(ctx, 'crashed', content), ref);
  assert.equal(await connector.findPublished(ctx, 'never', neverPublished), null);
  return ref;
}
