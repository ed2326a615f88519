/**
 * The networks Chorus can publish to, with their API origins and OAuth apps from the settings. A network whose
 * OAuth app is not configured can still be connected with a token (`POST …/channels {network, accessToken}`).
 */
import type { Config } from '../core/config.js';
import type { NetworkId } from './connector.js';
import { createLazyBlueskyConnector } from './bluesky/lazy.js';
import { createFacebookConnector, createFacebookOAuthProvider } from './facebook/index.js';
import { createInstagramConnector, createInstagramOAuthProvider } from './instagram/index.js';
import { createLinkedInConnector, createLinkedInOAuthProvider } from './linkedin/index.js';
import { createMastodonConnector } from './mastodon/index.js';
import { UsageGate } from './meta/graph.js';
import type { OAuthAppSettings, OAuthProvider } from './oauth2.js';
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

/**
 * The OAuth apps a server or a workspace can hold, one per network's developer console: Facebook's app also signs
 * Instagram in (one Meta app), Threads has its own. Mastodon registers itself per instance and Bluesky uses app
 * passwords, so neither is here.
 */
export const OAUTH_APPS = ['facebook', 'threads', 'x', 'linkedin', 'youtube', 'tiktok', 'pinterest', 'snapchat'] as const;
export type OAuthAppNetwork = (typeof OAUTH_APPS)[number];

/** The networks each app signs in (the Meta app gives both Facebook Pages and Instagram accounts). */
export function networksOfApp(app: OAuthAppNetwork): NetworkId[] {
  return app === 'facebook' ? ['facebook', 'instagram'] : [app];
}

/** The app that signs a network in, when it has one (`instagram` → `facebook`). */
export function appOfNetwork(network: string): OAuthAppNetwork | undefined {
  if (network === 'instagram') return 'facebook';
  return (OAUTH_APPS as readonly string[]).includes(network) ? (network as OAuthAppNetwork) : undefined;
}

/** The app's credentials from the environment, if the server sets them (they win over any workspace's own). */
export function envOAuthApp(config: Config, app: OAuthAppNetwork): OAuthAppSettings | undefined {
  return config.networks[app].app;
}

/**
 * The OAuth providers of one app built with the given client id and secret, at the origins the settings name. Used
 * for the server's apps (from env) and for an app a workspace saved.
 */
export function createAppOAuthProviders(config: Config, app: OAuthAppNetwork, credentials: OAuthAppSettings): OAuthProvider[] {
  const n = config.networks;
  switch (app) {
    case 'facebook': {
      const meta = {
        ...credentials,
        // The app secret signs each Graph call of the sign-in (appsecret_proof), as the connectors' calls are signed.
        appSecret: credentials.clientSecret,
        apiUrl: n.facebook.apiUrl,
        authorizeUrl: n.facebook.authorizeUrl,
        graphVersion: n.facebook.graphVersion,
        configId: n.facebook.configId,
      };
      return [createFacebookOAuthProvider(meta), createInstagramOAuthProvider(meta)];
    }
    case 'threads':
      return [createThreadsOAuthProvider({ ...credentials, apiUrl: n.threads.apiUrl, authorizeUrl: n.threads.authorizeUrl })];
    case 'x':
      return [createXOAuthProvider({ ...credentials, apiUrl: n.x.apiUrl, authorizeUrl: n.x.authorizeUrl })];
    case 'linkedin':
      return [createLinkedInOAuthProvider({ ...credentials, apiUrl: n.linkedin.apiUrl, authorizeUrl: n.linkedin.authorizeUrl, tokenUrl: n.linkedin.tokenUrl })];
    case 'youtube':
      return [createYouTubeOAuthProvider({ ...credentials, apiUrl: n.youtube.apiUrl, authorizeUrl: n.youtube.authorizeUrl, tokenUrl: n.youtube.tokenUrl })];
    case 'tiktok':
      return [createTikTokOAuthProvider({ ...credentials, apiUrl: n.tiktok.apiUrl, authorizeUrl: n.tiktok.authorizeUrl })];
    case 'pinterest':
      return [createPinterestOAuthProvider({ ...credentials, apiUrl: n.pinterest.apiUrl, authorizeUrl: n.pinterest.authorizeUrl })];
    case 'snapchat':
      return [createSnapchatOAuthProvider({ ...credentials, apiUrl: n.snapchat.apiUrl, authorizeUrl: n.snapchat.authorizeUrl, accountsUrl: n.snapchat.accountsUrl })];
  }
}

/** OAuth providers for the networks whose app is configured on the server (client id and secret in the environment). */
export function createOAuthProviders(config: Config): OAuthProvider[] {
  return OAUTH_APPS.flatMap((app) => {
    const credentials = envOAuthApp(config, app);
    return credentials ? createAppOAuthProviders(config, app, credentials) : [];
  });
}
