/**
 * Checks an address a person typed (a Mastodon instance, a Bluesky PDS) before Chorus sends anything there: only
 * http(s), no credentials, and never this machine or a private network (SSRF). This is the early, friendly refusal
 * (422 `unsafe_url`); every request is checked again where its connection opens (safe-fetch.ts), redirects and
 * later calls included. Tests and private deployments that run their own instance on a private address set
 * CHORUS_ALLOW_PRIVATE_NETWORKS=1.
 *
 * The WHATWG URL parser has already turned other spellings of an IPv4 address (`2130706433`, `0177.0.0.1`,
 * `0x7f.1`) into dotted form and IPv6 into its canonical text when the address is checked.
 */
import { isBlockedAddress } from './blocked-addresses.js';
import { allowPrivateNetworks, checkedAddress, systemResolve, UnsafeAddressError, type Resolve } from './safe-fetch.js';

export class UnsafeUrlError extends Error {}

export { isBlockedAddress };

export async function assertPublicHttpUrl(raw: string, allowPrivate = allowPrivateNetworks(), resolve: Resolve = systemResolve): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeUrlError(`"${raw}" is not a URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UnsafeUrlError('Only http(s) addresses can be used.');
  if (url.username || url.password) throw new UnsafeUrlError('The address must not contain a user name or password.');
  if (allowPrivate) return url;
  try {
    await checkedAddress(url.hostname, resolve);
  } catch (error) {
    if (error instanceof UnsafeAddressError) throw new UnsafeUrlError(error.message);
    throw new UnsafeUrlError(`${url.hostname} could not be found.`);
  }
  return url;
}
