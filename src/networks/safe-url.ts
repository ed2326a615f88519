/**
 * Guards server-side requests to addresses people type (a Mastodon instance, a Bluesky PDS): only http(s), and
 * never this machine or a private network, so Chorus cannot be used to reach internal services (SSRF).
 * Tests and private deployments that run their own instance on a private address set
 * CHORUS_ALLOW_PRIVATE_NETWORKS=1.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

export class UnsafeUrlError extends Error {}

function isPrivateV4(ip: string): boolean {
  const [a, b] = ip.split('.').map(Number) as [number, number];
  return (
    a === 10 ||
    a === 127 ||
    a === 0 ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127) ||
    a >= 224
  );
}

export function isPrivateAddress(ip: string): boolean {
  if (isIP(ip) === 4) return isPrivateV4(ip);
  const v6 = ip.toLowerCase();
  if (v6.startsWith('::ffff:')) return isPrivateAddress(v6.slice(7));
  return v6 === '::1' || v6 === '::' || v6.startsWith('fc') || v6.startsWith('fd') || v6.startsWith('fe80');
}

export async function assertPublicHttpUrl(raw: string, allowPrivate = process.env.CHORUS_ALLOW_PRIVATE_NETWORKS === '1'): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeUrlError(`"${raw}" is not a URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UnsafeUrlError('Only http(s) addresses can be used.');
  if (url.username || url.password) throw new UnsafeUrlError('The address must not contain a user name or password.');
  if (allowPrivate) return url;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (addresses.length === 0) throw new UnsafeUrlError(`${url.hostname} could not be found.`);
  if (addresses.some(isPrivateAddress)) {
    throw new UnsafeUrlError(`${url.hostname} is a local or private address, which Chorus does not connect to.`);
  }
  return url;
}
