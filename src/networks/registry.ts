/**
 * Which connector serves which network. Built once per process from the settings (API origins are configurable
 * so tests and proxies can point a connector elsewhere).
 */
import type { Connector, NetworkId } from './connector.js';
import type { OAuthProvider } from './oauth2.js';

export class NetworkRegistry {
  private readonly connectors = new Map<string, Connector>();
  private readonly oauth = new Map<string, OAuthProvider>();

  register(connector: Connector): this {
    this.connectors.set(connector.network, connector);
    return this;
  }

  get(network: string): Connector | undefined {
    return this.connectors.get(network);
  }

  /** A network's OAuth 2 flow, when its app is configured (client id and secret). */
  registerOAuth(provider: OAuthProvider): this {
    this.oauth.set(provider.network, provider);
    return this;
  }

  oauthProvider(network: string): OAuthProvider | undefined {
    return this.oauth.get(network);
  }

  /** Networks that can be connected through their OAuth flow on this server. */
  oauthNetworks(): NetworkId[] {
    return [...this.oauth.keys()] as NetworkId[];
  }

  networks(): NetworkId[] {
    return [...this.connectors.keys()] as NetworkId[];
  }
}
