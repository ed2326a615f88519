/**
 * Whether a link's destination leads back to Chorus itself — its app or its short-link redirector — which would send
 * visitors round in a loop (and make Chorus an open redirect to itself). Judged by address, not by how the host is
 * written: `localhost`, `127.0.0.1`, `[::ffff:127.0.0.1]`, `[::1]`, `0.0.0.0` and this machine's interface
 * addresses all reach the same listeners, so any of them on one of Chorus's ports is a loop, as is a configured
 * public host (CHORUS_PUBLIC_URL, CHORUS_LINK_BASE_URL) given as an IP address, however it is spelt. A configured
 * host name is Chorus's on every port (a trailing dot or capitals change nothing).
 *
 * A destination on another port of this machine is not Chorus: visitors' browsers follow it and Chorus never
 * fetches it, so it stays a plain link.
 *
 * @example
 * await refuseLoops(ctx.config, [{ url: 'http://localhost:8081/abc', field: 'url' }]); // 422 redirect_loop
 */
import os from 'node:os';
import { isIP } from 'node:net';
import type { Config } from '../../core/config.js';
import { invalid } from '../../core/errors.js';
import { ipv6Bytes } from '../../networks/blocked-addresses.js';
import { systemResolve, type Resolve } from '../../networks/safe-fetch.js';

/** A name that does not resolve quickly is a plain link: a loop needs an answer, and link edits must not hang. */
const RESOLVE_TIMEOUT_MS = 2000;

interface OwnEndpoints {
  /** The configured public host names, as the URL parser writes them. */
  hosts: Set<string>;
  /** The configured public hosts that are IP addresses, canonical. */
  addresses: Set<string>;
  /** Ports Chorus answers on: the app's, the redirector's, and those of the public URLs (a proxy in front). */
  ports: Set<number>;
}

const portOf = (url: URL): number => Number(url.port || (url.protocol === 'https:' ? 443 : 80));

const bare = (host: string): string => host.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();

/** One spelling per address: IPv4 dotted, IPv6 as its 16 bytes, and IPv4-mapped IPv6 (::ffff:a.b.c.d) as the IPv4. */
function canonical(address: string): string {
  const bytes = ipv6Bytes(address);
  if (!bytes) return address;
  const mapped = bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
  return mapped ? bytes.slice(12).join('.') : bytes.join(':');
}

function ownEndpoints(config: Pick<Config, 'port' | 'linkPort' | 'publicUrl' | 'linkBaseUrl'>): OwnEndpoints {
  const urls = [new URL(config.publicUrl), new URL(config.linkBaseUrl)];
  const all = urls.map((u) => bare(u.hostname));
  return {
    hosts: new Set(all.filter((h) => !isIP(h))),
    addresses: new Set(all.filter((h) => isIP(h)).map(canonical)),
    ports: new Set([config.port, config.linkPort, ...urls.map(portOf)]),
  };
}

/** Loopback, unspecified, or an address of one of this machine's interfaces. */
function isThisMachine(address: string): boolean {
  const c = canonical(address);
  if (isIP(c) === 4) {
    const first = Number(c.split('.')[0]);
    if (first === 127 || first === 0) return true;
  } else if (c === canonical('::1') || c === canonical('::')) {
    return true;
  }
  const interfaces = Object.values(os.networkInterfaces()).flat();
  return interfaces.some((i) => i !== undefined && canonical(i.address.replace(/%.*$/, '')) === c);
}

async function addressesOf(hostname: string, resolve: Resolve): Promise<string[]> {
  if (isIP(hostname)) return [hostname];
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string[]>((done) => (timer = setTimeout(() => done([]), RESOLVE_TIMEOUT_MS)));
  try {
    return await Promise.race([resolve(hostname).catch(() => []), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether `raw` (an http(s) URL already checked for shape) leads back to this Chorus. */
export async function leadsToChorus(
  raw: string,
  config: Pick<Config, 'port' | 'linkPort' | 'publicUrl' | 'linkBaseUrl'>,
  resolve: Resolve = systemResolve,
): Promise<boolean> {
  const url = new URL(raw);
  const own = ownEndpoints(config);
  const host = bare(url.hostname);
  if (own.hosts.has(host)) return true;
  if (!own.ports.has(portOf(url))) return false;
  const addresses = (await addressesOf(host, resolve)).map((a) => a.replace(/%.*$/, ''));
  return addresses.some((a) => isThisMachine(a) || own.addresses.has(canonical(a)));
}

/** 422 `redirect_loop` naming the first destination field that leads back to Chorus. */
export async function refuseLoops(
  config: Pick<Config, 'port' | 'linkPort' | 'publicUrl' | 'linkBaseUrl'>,
  destinations: Array<{ url: string; field: string }>,
  resolve: Resolve = systemResolve,
): Promise<void> {
  const loops = await Promise.all(destinations.map((d) => leadsToChorus(d.url, config, resolve)));
  const first = destinations.find((_, i) => loops[i]);
  if (first) {
    throw invalid('redirect_loop', `${first.url} leads back to Chorus itself, which would send visitors round in a loop. Use the page's own address.`, first.field);
  }
}
