/**
 * A workspace's own Meta app (the server sets none): sign-in, connecting, every Graph call of the channel and token
 * renewal carry `appsecret_proof` computed with that app's secret, against a fake app set to "Require App Secret".
 * Run: node scripts/test.mjs test/fakes/meta/workspace-app.test.ts
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ChannelContext, Credentials } from '../../../src/networks/connector.js';
import { createFacebookConnector, createFacebookOAuthProvider } from '../../../src/networks/facebook/index.js';
import { createInstagramConnector } from '../../../src/networks/instagram/index.js';
import { appSecretProof } from '../../../src/networks/meta/index.js';
import { isNetworkError } from '../contract.js';
import { useFake } from '../fixtures.js';
import { startFakeMeta, type FakeMeta } from './server.js';

let fake: FakeMeta;

/** A channel whose workspace saved the app `app` (what the channels feature gives a connector). */
function channel(externalId: string, credentials: Credentials, app?: { clientId: string; clientSecret: string }): ChannelContext {
  return { channelId: 'c1', credentials, externalId, serviceUrl: null, onCredentialsChanged: async () => {}, oauthApp: async () => app };
}

const proofsSent = (token: string) => fake.requests.filter((r) => r.path.includes(`appsecret_proof=${appSecretProof(token, fake.appSecret)}`)).length;

describe("A workspace's Meta app signs every Graph call (fake app requires the proof)", () => {
  useFake(async () => (fake = await startFakeMeta({ requireProof: true })));

  test('sign-in, connect, publish, read and moderate with the workspace app; no app or a wrong secret is refused', async () => {
    const { page, owner } = fake.addPageWithOwner('Workspace Bakery', { instagram: 'wsbakery' });
    const app = { clientId: fake.appId, clientSecret: fake.appSecret };
    // The server's connectors know no Meta app; the provider is the one built from the workspace's saved app.
    const facebook = createFacebookConnector({ apiUrl: fake.baseUrl });
    const instagram = createInstagramConnector({ apiUrl: fake.baseUrl });
    const provider = createFacebookOAuthProvider({ ...app, appSecret: app.clientSecret, apiUrl: fake.baseUrl });
    const redirectUri = 'https://chorus.example/api/v1/oauth/facebook/callback';
    const choices = await provider.listAccounts(await provider.exchangeCode({ code: fake.approve(owner.id, redirectUri), redirectUri }));
    const [fbChoice, igChoice] = choices;
    assert.ok(fbChoice && igChoice);
    // The sign-in hands over the token's proof, never the secret itself.
    assert.equal(fbChoice.connectInput['appSecretProof'], appSecretProof(page.token, fake.appSecret));
    assert.ok(!Object.values(fbChoice.connectInput).includes(fake.appSecret));
    const fb = await facebook.connect(fbChoice.connectInput);
    const ig = await instagram.connect(igChoice.connectInput);
    assert.equal(fb.externalId, page.id);
    assert.equal(ig.handle, 'wsbakery');
    const { appSecretProof: _, ...withoutProof } = fbChoice.connectInput;
    await assert.rejects(facebook.connect(withoutProof), isNetworkError('rejected', /require an appsecret_proof/));

    const before = proofsSent(page.token);
    const ctx = channel(page.id, fb.credentials, app);
    const post = await facebook.publish(ctx, { text: 'Signed with the workspace app', media: [] }, 'w1');
    assert.ok(await facebook.findPublished?.(ctx, 'w1', { text: 'Signed with the workspace app', media: [] }));
    await facebook.fetchMetrics?.(ctx, [post.externalId]);
    await facebook.fetchEngagement?.(ctx, new Date(0));
    assert.ok(proofsSent(page.token) - before >= 4, 'each call carried the proof of the workspace secret');

    await assert.rejects(facebook.publish(channel(page.id, fb.credentials), { text: 'No app', media: [] }, 'w2'), isNetworkError('rejected', /require an appsecret_proof/));
    const wrong = channel(page.id, fb.credentials, { clientId: fake.appId, clientSecret: 'another-workspace-secret' });
    await assert.rejects(facebook.publish(wrong, { text: 'Wrong secret', media: [] }, 'w3'), isNetworkError('rejected', /Invalid appsecret_proof/));
    await assert.rejects(instagram.fetchEngagement?.(channel(ig.externalId, ig.credentials), new Date(0)) ?? Promise.resolve(), isNetworkError('rejected', /require an appsecret_proof/));
    await instagram.fetchEngagement?.(channel(ig.externalId, ig.credentials, app), new Date(0));
  });

  test("a pasted token about to expire is renewed with the workspace app's id and secret", async () => {
    const { page, owner } = fake.addPageWithOwner('Pasted Bakery');
    const app = { clientId: fake.appId, clientSecret: fake.appSecret };
    const facebook = createFacebookConnector({ apiUrl: fake.baseUrl });
    const soon = new Date(Date.now() + 60_000).toISOString();
    const changed: Credentials[] = [];
    const ctx: ChannelContext = { ...channel(page.id, { accessToken: owner.token, expiresAt: soon }, app), onCredentialsChanged: async (c) => void changed.push(c) };
    const next = await facebook.refreshCredentials?.(ctx);
    assert.ok(next?.['accessToken'] && next['accessToken'] !== owner.token);
    assert.equal(changed.length, 1);
    await assert.rejects(facebook.refreshCredentials?.(channel(page.id, { accessToken: owner.token, expiresAt: soon })) ?? Promise.resolve(), isNetworkError('auth', /Reconnect/));
  });
});
