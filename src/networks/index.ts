/**
 * The networks Chorus can publish to, with their API origins and OAuth apps from the settings. A network whose
 * OAuth app is not configured can still be connected with a token (`POST …/channels {network, accessToken}`).
 */
import type { Config } from '../core/config.js';
import { createLazyBlueskyConnector } from './bluesky/lazy.js';
import { createFacebookConnector, createFacebookOAuthProvider } from './facebook/index.js';
import { createInstagramConnector, createInstagramOAuthProvider } from './instagram/index.js';
import { createLinkedInConnector, createLinkedInOAuthProvider } from './linkedin/index.js';
import { createMastodonConnector } from './mastodon/index.js';
import { UsageGate } from './meta/graph.js';
import type { OAuthProvider } from './oauth2.js';
import { NetworkRegistry } from './registry.js';
import { createThreadsConnector, createThreadsOAuthProvider } from './threads/index.js';
import { createXConnector, createXOAuthProvider } from './x/index.js';
import { createYouTubeConnector, createYouTubeOAuthProvider, type UploadSessionStore, type YouTubeQuotaStore } from './youtube/index.js';
import { createTikTokConnector, createTikTokOAuthProvider, type TikTokSessionStore } from './tiktok/index.js';
import { createPinterestConnector, createPinterestOAuthProvider } from './pinterest/index.js';
import { createSnapchatConnector, createSnapchatOAuthProvider } from './snapchat/index.js';

/**
 * What connectors keep between attempts and share between processes, on the app's database
 * (src/features/publishing/network-stores.ts). Without them each process keeps its own in memory.
 */
export interface NetworkStores {
  youtube?: { sessions?: UploadSessionStore; quota?: YouTubeQuotaStore };
  tiktok?: { sessions?: TikTokSessionStore };
}

export function createNetworkRegistry(config: Config, stores: NetworkStores = {}): NetworkRegistry {
  const n = config.networks;
  // Facebook and Instagram share one Meta app, so one gate remembers the app's usage for both.
  const meta = {
    apiUrl: n.facebook.apiUrl,
    graphVersion: n.facebook.graphVersion,
    appId: n.facebook.app?.clientId,
    appSecret: n.facebook.app?.clientSecret,
    gate: new UsageGate(),
  };
  const registry = new NetworkRegistry()
    .register(createLazyBlueskyConnector({ service: n.blueskyService, ...(n.blueskyAppView ? { appView: n.blueskyAppView } : {}) }))
    .register(createMastodonConnector())
    .register(createFacebookConnector(meta))
    .register(createInstagramConnector(meta))
    .register(createThreadsConnector({ apiUrl: n.threads.apiUrl }))
    .register(createXConnector({ apiUrl: n.x.apiUrl, clientId: n.x.app?.clientId, clientSecret: n.x.app?.clientSecret }))
    .register(
      createLinkedInConnector({
        apiUrl: n.linkedin.apiUrl,
        tokenUrl: n.linkedin.tokenUrl,
        clientId: n.linkedin.app?.clientId,
        clientSecret: n.linkedin.app?.clientSecret,
      }),
    )
    .register(
      createYouTubeConnector({
        apiUrl: n.youtube.apiUrl,
        tokenUrl: n.youtube.tokenUrl,
        ...n.youtube.app,
        quota: { dailyUnits: n.youtube.dailyUnits, dailyUploads: n.youtube.dailyUploads },
        ...(stores.youtube?.sessions ? { sessions: stores.youtube.sessions } : {}),
        ...(stores.youtube?.quota ? { quotaStore: stores.youtube.quota } : {}),
      }),
    )
    .register(createTikTokConnector({ apiUrl: n.tiktok.apiUrl, ...n.tiktok.app, ...(stores.tiktok?.sessions ? { sessions: stores.tiktok.sessions } : {}) }))
    .register(createPinterestConnector({ apiUrl: n.pinterest.apiUrl, ...n.pinterest.app }))
    .register(createSnapchatConnector({ apiUrl: n.snapchat.apiUrl, accountsUrl: n.snapchat.accountsUrl, ...n.snapchat.app }));
  for (const provider of createOAuthProviders(config)) registry.registerOAuth(provider);
  return registry;
}

/** OAuth providers for the networks whose app is configured (client id and secret in the environment). */
export function createOAuthProviders(config: Config): OAuthProvider[] {
  const n = config.networks;
  const providers: OAuthProvider[] = [];
  if (n.facebook.app) {
    const meta = {
      clientId: n.facebook.app.clientId,
      clientSecret: n.facebook.app.clientSecret,
      // The app secret signs each Graph call of the sign-in (appsecret_proof), as the connectors' calls are signed.
      appSecret: n.facebook.app.clientSecret,
      apiUrl: n.facebook.apiUrl,
      authorizeUrl: n.facebook.authorizeUrl,
      graphVersion: n.facebook.graphVersion,
      configId: n.facebook.configId,
    };
    providers.push(createFacebookOAuthProvider(meta), createInstagramOAuthProvider(meta));
  }
  if (n.threads.app) providers.push(createThreadsOAuthProvider({ ...n.threads.app, apiUrl: n.threads.apiUrl, authorizeUrl: n.threads.authorizeUrl }));
  if (n.x.app) providers.push(createXOAuthProvider({ ...n.x.app, apiUrl: n.x.apiUrl, authorizeUrl: n.x.authorizeUrl }));
  if (n.linkedin.app) {
    providers.push(
      createLinkedInOAuthProvider({ ...n.linkedin.app, apiUrl: n.linkedin.apiUrl, authorizeUrl: n.linkedin.authorizeUrl, tokenUrl: n.linkedin.tokenUrl }),
    );
  }
  if (n.youtube.app) {
    providers.push(createYouTubeOAuthProvider({ ...n.youtube.app, apiUrl: n.youtube.apiUrl, authorizeUrl: n.youtube.authorizeUrl, tokenUrl: n.youtube.tokenUrl }));
  }
  if (n.tiktok.app) providers.push(createTikTokOAuthProvider({ ...n.tiktok.app, apiUrl: n.tiktok.apiUrl, authorizeUrl: n.tiktok.authorizeUrl }));
  if (n.pinterest.app) providers.push(createPinterestOAuthProvider({ ...n.pinterest.app, apiUrl: n.pinterest.apiUrl, authorizeUrl: n.pinterest.authorizeUrl }));
  if (n.snapchat.app) {
    providers.push(
      createSnapchatOAuthProvider({ ...n.snapchat.app, apiUrl: n.snapchat.apiUrl, authorizeUrl: n.snapchat.authorizeUrl, accountsUrl: n.snapchat.accountsUrl }),
    );
  }
  return providers;
}
