/**
 * The networks Chorus can publish to, with their API origins and OAuth apps from the settings. A network whose
 * OAuth app is not configured can still be connected with a token (`POST …/channels {network, accessToken}`).
 */
import type { Config } from '../app/config.js';
import { createBlueskyConnector } from './bluesky/index.js';
import { createFacebookConnector, createFacebookOAuthProvider } from './facebook/index.js';
import { createInstagramConnector, createInstagramOAuthProvider } from './instagram/index.js';
import { createLinkedInConnector, createLinkedInOAuthProvider } from './linkedin/index.js';
import { createMastodonConnector } from './mastodon/index.js';
import { UsageGate } from './meta/graph.js';
import type { OAuthProvider } from './oauth2.js';
import { NetworkRegistry } from './registry.js';
import { createThreadsConnector, createThreadsOAuthProvider } from './threads/index.js';
import { createXConnector, createXOAuthProvider } from './x/index.js';

export function createNetworkRegistry(config: Config): NetworkRegistry {
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
    .register(createBlueskyConnector({ service: n.blueskyService, ...(n.blueskyAppView ? { appView: n.blueskyAppView } : {}) }))
    .register(createMastodonConnector())
    .register(createFacebookConnector(meta))
    .register(createInstagramConnector(meta))
    .register(createThreadsConnector({ apiUrl: n.threads.apiUrl }))
    .register(createXConnector({ apiUrl: n.x.apiUrl, clientId: n.x.app?.clientId, clientSecret: n.x.app?.clientSecret }))
    .register(
      createLinkedInConnector({
        apiUrl: n.linkedin.apiUrl,
        tokenUrl: n.linkedin.authorizeUrl,
        clientId: n.linkedin.app?.clientId,
        clientSecret: n.linkedin.app?.clientSecret,
      }),
    );
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
      createLinkedInOAuthProvider({ ...n.linkedin.app, apiUrl: n.linkedin.apiUrl, authorizeUrl: n.linkedin.authorizeUrl, tokenUrl: n.linkedin.authorizeUrl }),
    );
  }
  return providers;
}
