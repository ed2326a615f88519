/**
 * Which connector serves which network. Built once per process from the settings (API origins are configurable
 * so tests and proxies can point a connector elsewhere).
 */
import type { Connector, NetworkId } from './connector.js';

export class NetworkRegistry {
  private readonly connectors = new Map<string, Connector>();

  register(connector: Connector): this {
    this.connectors.set(connector.network, connector);
    return this;
  }

  get(network: string): Connector | undefined {
    return this.connectors.get(network);
  }

  networks(): NetworkId[] {
    return [...this.connectors.keys()] as NetworkId[];
  }
}
