/**
 * The `fetch` every network client sends with, so no request Chorus makes server-side reaches this machine or a
 * private network (SSRF): not at connect, not on a redirect hop, not on a worker's call weeks later after the
 * instance's DNS changed. The check sits where the socket is opened, in an undici dispatcher: the host name is
 * resolved once, every address it resolves to must be public (blocked-addresses.ts), and the socket is opened to
 * that checked address — there is no second resolution an attacker's DNS could answer differently. Each redirect
 * hop opens its connection through the same dispatcher, so it is checked the same way.
 *
 * Origins the operator configured (CHORUS_X_API_URL, CHORUS_BLUESKY_SERVICE, ...) are trusted as they are, host and
 * port exactly: a client passes its own in `trustedOrigins`; a redirect from there elsewhere is checked again.
 * CHORUS_ALLOW_PRIVATE_NETWORKS=1 turns the check off, for tests and private deployments with their own instance.
 *
 * Node's own `fetch` is used with an undici 7 `Agent` as its dispatcher (undici's `fetch` would not encode Node's
 * global FormData, which the clients send).
 *
 * @example
 * const fetchForX = guardedFetch({ trustedOrigins: [config.networks.x.apiUrl] });
 * await fetchForX('http://[::ffff:7f00:1]:8080/'); // rejects: TypeError('fetch failed', { cause: UnsafeAddressError })
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { isBlockedAddress } from './blocked-addresses.js';

/** Resolves a host name to every address it has. */
export type Resolve = (hostname: string) => Promise<string[]>;

/** A connection refused because its address is local or private. */
export class UnsafeAddressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeAddressError';
  }
}

export const systemResolve: Resolve = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

export function allowPrivateNetworks(): boolean {
  return process.env.CHORUS_ALLOW_PRIVATE_NETWORKS === '1';
}

export interface GuardOptions {
  /** Operator-configured origins (absolute URLs; undefined entries skipped) reached without the address check. */
  trustedOrigins?: ReadonlyArray<string | undefined>;
  /** How host names are resolved; tests inject their own. */
  resolve?: Resolve;
  /** Which addresses are refused; `isBlockedAddress` unless a test narrows it. */
  isBlocked?: (address: string) => boolean;
}

/** `host:port` as the dispatcher sees a connection: lower case, IPv6 without brackets, default ports filled in. */
function endpoint(hostname: string, port: string, protocol: string): string {
  return `${hostname.replace(/^\[|\]$/g, '').toLowerCase()}:${port || (protocol === 'https:' ? '443' : '80')}`;
}

function trustedEndpoints(origins: ReadonlyArray<string | undefined>): Set<string> {
  const out = new Set<string>();
  for (const origin of origins) {
    if (!origin) continue;
    const url = new URL(origin);
    out.add(endpoint(url.hostname, url.port, url.protocol));
  }
  return out;
}

/**
 * The one address to connect to for `hostname`: the host itself when it is an IP address, else what it resolves to.
 * Refuses (UnsafeAddressError) when any of its addresses is blocked.
 */
export async function checkedAddress(hostname: string, resolve: Resolve = systemResolve, isBlocked = isBlockedAddress): Promise<string> {
  const host = hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : await resolve(host);
  if (addresses.length === 0) throw new Error(`${hostname} has no address.`);
  const bad = addresses.find(isBlocked);
  if (bad !== undefined) {
    const shown = bad === host ? hostname : `${hostname} (${bad})`;
    throw new UnsafeAddressError(`${shown} is a local or private address, which Chorus does not connect to.`);
  }
  return addresses[0]!;
}

function guardedAgent(options: GuardOptions): Agent {
  const trusted = trustedEndpoints(options.trustedOrigins ?? []);
  const resolve = options.resolve ?? systemResolve;
  const isBlocked = options.isBlocked ?? isBlockedAddress;
  const open = buildConnector({});
  const connect: buildConnector.connector = (target, callback) => {
    if (allowPrivateNetworks() || trusted.has(endpoint(target.hostname, target.port, target.protocol))) return open(target, callback);
    checkedAddress(target.hostname, resolve, isBlocked).then(
      // TLS still checks the certificate against the name: the server name is the host, not the address.
      (address) => open({ ...target, hostname: address, servername: target.servername || (isIP(target.hostname) ? '' : target.hostname) }, callback),
      (error: Error) => callback(error, null),
    );
  };
  return new GuardedAgent({ connect });
}

/**
 * Node 20's fetch appends its own Content-Length to one the caller set (a streamed upload must set it), sending
 * "5, 5"; its bundled undici tolerated that, undici 7 refuses it. Equal copies become one value again.
 */
class GuardedAgent extends Agent {
  override dispatch(options: Agent.DispatchOptions, handler: Parameters<Agent['dispatch']>[1]): boolean {
    const headers = options.headers;
    if (headers && !Array.isArray(headers) && typeof headers === 'object' && !(Symbol.iterator in headers)) {
      const record = headers as Record<string, string | string[] | undefined>;
      const length = record['content-length'];
      if (typeof length === 'string' && length.includes(',')) {
        const values = new Set(length.split(',').map((v) => v.trim()));
        if (values.size === 1) return super.dispatch({ ...options, headers: { ...record, 'content-length': [...values][0]! } }, handler);
      }
    }
    return super.dispatch(options, handler);
  }
}

/** One dispatcher per set of trusted origins, shared by every client of a network (connection reuse, no leak). */
const agents = new Map<string, Agent>();

/**
 * A `fetch` whose every connection, redirects included, goes through the address check. With only
 * `trustedOrigins`, the dispatcher is shared with every other client trusting the same origins.
 */
export function guardedFetch(options: GuardOptions = {}): typeof fetch {
  let dispatcher: Agent;
  if (options.resolve || options.isBlocked) {
    dispatcher = guardedAgent(options);
  } else {
    const key = [...trustedEndpoints(options.trustedOrigins ?? [])].sort().join(' ');
    dispatcher = agents.get(key) ?? guardedAgent(options);
    agents.set(key, dispatcher);
  }
  // The global RequestInit is typed for Node's bundled undici; the dispatcher interface is the same at runtime.
  return (input, init) => fetch(input, { ...init, dispatcher } as RequestInit);
}

/** The refusal somewhere in an error's causes (fetch wraps it: TypeError('fetch failed', { cause })), if any. */
export function unsafeAddressIn(error: unknown): UnsafeAddressError | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof UnsafeAddressError) return e;
  }
  return undefined;
}
