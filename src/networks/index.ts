/** The networks Chorus can publish to, with their API origins from the settings. */
import type { Config } from '../app/config.js';
import { createBlueskyConnector } from './bluesky/index.js';
import { createMastodonConnector } from './mastodon/index.js';
import { NetworkRegistry } from './registry.js';

export function createNetworkRegistry(config: Config): NetworkRegistry {
  return new NetworkRegistry()
    .register(
      createBlueskyConnector({
        service: config.networks.blueskyService,
        ...(config.networks.blueskyAppView ? { appView: config.networks.blueskyAppView } : {}),
      }),
    )
    .register(createMastodonConnector());
}
