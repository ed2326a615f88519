import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { metricsOfEach, NetworkError, type ChannelContext, type Credentials, type NetworkLimits, type PostMetrics } from './connector.js';
import { channelAccessToken, createPkce, createRefresher, expiresInToDate, grantFrom, needsRefresh, pastedRefreshFields, tokenAccount } from './oauth2.js';

test('PKCE verifier is 43 base64url characters and the challenge is its S256 hash (RFC 7636 appendix B)', () => {
  const { verifier, challenge } = createPkce();
  assert.match(verifier, /^[A-Za-z0-9_-]{43}$/);
  assert.equal(challenge, createHash('sha256').update(verifier).digest('base64url'));
  assert.notEqual(createPkce().verifier, verifier);
});

test('expires_in becomes a date, and nonsense becomes undefined', () => {
  assert.equal(expiresInToDate(7200, 1_000)?.getTime(), 7_201_000);
  assert.equal(expiresInToDate('60', 0)?.getTime(), 60_000);
  for (const bad of [undefined, null, 0, -5, 'soon', Number.NaN]) assert.equal(expiresInToDate(bad), undefined);
});

test('credentials need a refresh within the margin of expiry, never when no expiry is known', () => {
  const now = Date.parse('2026-11-24T12:00:00Z');
  assert.equal(needsRefresh({ expiresAt: '2026-11-24T12:05:00Z' }, now), true);
  assert.equal(needsRefresh({ expiresAt: '2026-11-24T11:00:00Z' }, now), true);
  assert.equal(needsRefresh({ expiresAt: '2026-11-24T14:00:00Z' }, now), false);
  assert.equal(needsRefresh({}, now), false);
  assert.equal(needsRefresh({ expiresAt: 'garbage' }, now), false);
});

test('a refresher renews once for callers sharing a refresh token, and saves what the network gave', async () => {
  let exchanges = 0;
  const refresh = createRefresher({ network: 'x', name: 'X', envName: 'X', clientId: 'id', clientSecret: 'secret' }, async (token, app) => {
    exchanges++;
    assert.deepEqual([token, app], ['r1', { clientId: 'id', clientSecret: 'secret' }]);
    await new Promise((r) => setTimeout(r, 5));
    return { accessToken: 'a2', refreshToken: 'r2', expiresAt: new Date('2030-01-01T00:00:00Z') };
  });
  const saved: Credentials[] = [];
  const ctx = (): ChannelContext => ({
    channelId: 'c',
    externalId: 'e',
    serviceUrl: null,
    credentials: { accessToken: 'a1', refreshToken: 'r1', expiresAt: '2020-01-01T00:00:00.000Z', username: 'ann' },
    onCredentialsChanged: async (next) => void saved.push(next),
  });
  const [one, two] = await Promise.all([refresh(ctx()), refresh(ctx())]);
  assert.equal(exchanges, 1, 'a rotating refresh token is used once');
  assert.deepEqual(one, { accessToken: 'a2', refreshToken: 'r2', expiresAt: '2030-01-01T00:00:00.000Z', username: 'ann' });
  assert.deepEqual(two, one);
  assert.equal(saved.length, 1);
});

test('a refresher without a refresh token or app credentials asks for a reconnect, naming the settings', async () => {
  const noApp = createRefresher({ network: 'tiktok', name: 'TikTok', envName: 'TIKTOK' }, async () => assert.fail('not called'));
  const ctx = (credentials: Credentials): ChannelContext => ({ channelId: 'c', externalId: 'e', serviceUrl: null, credentials, onCredentialsChanged: async () => {} });
  await assert.rejects(noApp(ctx({ accessToken: 'a' })), (e: unknown) => e instanceof NetworkError && e.kind === 'auth' && /no refresh token/.test(e.message));
  await assert.rejects(noApp(ctx({ accessToken: 'a', refreshToken: 'r' })), (e: unknown) => e instanceof NetworkError && /CHORUS_TIKTOK_CLIENT_ID/.test(e.message));
});

test('without a server app, a refresher renews with the channel workspace\'s app; the server\'s wins when set', async () => {
  const used: string[] = [];
  const exchange = async (_token: string, app: { clientId: string }) => {
    used.push(app.clientId);
    return { accessToken: 'a2', refreshToken: 'r2' };
  };
  const ctx = (): ChannelContext => ({
    channelId: 'c',
    externalId: 'e',
    serviceUrl: null,
    credentials: { accessToken: 'a1', refreshToken: 'r1' },
    onCredentialsChanged: async () => {},
    oauthApp: async () => ({ clientId: 'workspace-app', clientSecret: 'workspace-secret' }),
  });
  await createRefresher({ network: 'x', name: 'X', envName: 'X' }, exchange)(ctx());
  await createRefresher({ network: 'x', name: 'X', envName: 'X', clientId: 'server-app', clientSecret: 's' }, exchange)(ctx());
  assert.deepEqual(used, ['workspace-app', 'server-app']);
});

test('a token answer becomes a grant', () => {
  const grant = grantFrom({ access_token: 't', refresh_token: 'r', expires_in: 60, scope: 'a b' });
  assert.equal(grant.accessToken, 't');
  assert.equal(grant.refreshToken, 'r');
  assert.equal(grant.scope, 'a b');
  assert.ok(grant.expiresAt && grant.expiresAt.getTime() > Date.now());
  assert.deepEqual(grantFrom({ access_token: 't' }), { accessToken: 't' });
});

test('keeps a pasted refresh token and a real expiry date from a token connect, and drops an expiry that is no date', () => {
  assert.deepEqual(pastedRefreshFields({ accessToken: 'a', refreshToken: 'r', expiresAt: '2027-01-02T03:04:05+01:00' }), {
    refreshToken: 'r',
    expiresAt: '2027-01-02T02:04:05.000Z',
  });
  assert.deepEqual(pastedRefreshFields({ accessToken: 'a', expiresAt: 'next week' }), {});
  assert.deepEqual(pastedRefreshFields({ accessToken: 'a', refreshToken: '' }), {});
});

test('tokenAccount keeps a pasted refresh token and expiry and copies the limits; channelAccessToken renews only an expired token', async () => {
  const limits = { maxTextLength: 280 } as unknown as NetworkLimits;
  const input = { accessToken: 'a', refreshToken: 'r', expiresAt: '2030-01-01T00:00:00Z' };
  const account = tokenAccount(input, { externalId: '1', handle: '@ann', displayName: 'Ann', avatarUrl: null, credentials: { accessToken: 'a' }, limits });
  assert.deepEqual(account.credentials, { accessToken: 'a', refreshToken: 'r', expiresAt: '2030-01-01T00:00:00.000Z' });
  assert.equal(account.serviceUrl, null);
  assert.deepEqual(account.limits, limits);
  assert.notEqual(account.limits, limits, 'a channel never shares the default limits object');

  let renewals = 0;
  const refresh = async (ctx: ChannelContext): Promise<Credentials> => ({ ...ctx.credentials, accessToken: `renewed-${++renewals}` });
  const channel = (credentials: Credentials): ChannelContext => ({ channelId: 'c', credentials, externalId: '1', serviceUrl: null, onCredentialsChanged: async () => {} });
  const network = { network: 'x', name: 'X' } as const;
  assert.equal(await channelAccessToken(channel({ accessToken: 'live', expiresAt: '2099-01-01T00:00:00Z' }), refresh, network), 'live');
  assert.equal(await channelAccessToken(channel({ accessToken: 'old', expiresAt: '2000-01-01T00:00:00Z' }), refresh, network), 'renewed-1');
  await assert.rejects(channelAccessToken(channel({}), refresh, network), (e) => e instanceof NetworkError && e.kind === 'auth' && /This X channel has no access token/.test(e.message));
});

test('metricsOfEach leaves out deleted posts and stops at any other failure', async () => {
  const metrics = (externalId: string) => ({ externalId }) as unknown as PostMetrics;
  const read = async (id: string) => {
    if (id === 'gone') throw new NetworkError('not_found', 'deleted', { network: 'x' });
    if (id === 'down') throw new NetworkError('transient', 'try later', { network: 'x' });
    return metrics(id);
  };
  assert.deepEqual(await metricsOfEach(['a', 'gone', 'b'], read), [metrics('a'), metrics('b')]);
  await assert.rejects(metricsOfEach(['a', 'down', 'b'], read), /try later/);
});
