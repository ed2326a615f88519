/**
 * What we can tell about a visitor from one request, offline: country from the IP address, device/OS/browser and
 * bot-ness from the User-Agent, preferred languages from Accept-Language, and the query string.
 *
 * - Country: the `@ip-location-db/geo-whois-asn-country-mmdb` database (GeoFeed + RIR whois + ASN data; the npm
 *   package says CC0-1.0, its README credits the NRO's CC BY 4.0 statistics) read with `maxmind`, IPv4 and IPv6,
 *   loaded once on first use (≈ 10–20 ms, 8 MB) or ahead of time with `preload()`. Private, loopback and
 *   documentation ranges are refused before the lookup: country null. The package's README now warns that the data
 *   published to npm has known errors and that npm updates will stop; `databasePath` points at a fresher file in the
 *   same format (the project's GitHub releases), with no code change.
 * - Region: that database knows countries only, so a region is known only when a trusted proxy in front of Chorus
 *   sends one (`regionHeader`, e.g. Cloudflare's `cf-region-code`); otherwise it is null and region conditions never
 *   match. Never name a header a visitor can set directly.
 * - User-Agent: `ua-parser-js` 1.x (MIT; 2.x is AGPL) and `isbot`, both behind a small cache, since the same few
 *   thousand User-Agent strings make most traffic and parsing one costs tens of microseconds.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { BlockList, isIPv4, isIPv6 } from 'node:net';
import { Reader, type CountryResponse } from 'maxmind';
import { isbot } from 'isbot';
import UAParser from 'ua-parser-js';
import type { Browser, Device, OperatingSystem, Visitor } from './conditions.js';
import { isCountryCode } from './countries.js';

/** The parts of a request a visitor is built from. Header values as Node gives them. */
export interface RequestParts {
  /** the client address as the server sees it (after the framework's trusted-proxy handling) */
  ip: string | null | undefined;
  userAgent: string | null | undefined;
  acceptLanguage: string | null | undefined;
  /** the request URL: a path with its query ("/abc?utm_source=x") or an absolute URL */
  url: string;
  /** all request headers, lower-case names; needed only with `regionHeader` / `countryHeader` */
  headers?: Readonly<Record<string, string | string[] | undefined>> | undefined;
}

export interface VisitorOptions {
  /** mmdb file with a `country_code` per network; default: the one shipped in the npm package */
  databasePath?: string | undefined;
  /** header set by a trusted proxy with the ISO 3166-2 region, with or without the country prefix ("CA", "US-CA") */
  regionHeader?: string | undefined;
  /** header set by a trusted proxy with the ISO 3166-1 country (e.g. `cf-ipcountry`); preferred over the database */
  countryHeader?: string | undefined;
}

/** The database's record: only `country_code` (not MaxMind's nested `country.iso_code`). */
type CountryRecord = CountryResponse & { readonly country_code?: string };

const DEFAULT_DATABASE = createRequire(import.meta.url).resolve(
  '@ip-location-db/geo-whois-asn-country-mmdb/geo-whois-asn-country.mmdb',
);

/** Country of an IP address from an offline mmdb database, loaded once. */
export class IpCountryDatabase {
  private reader: Reader<CountryRecord> | null = null;

  constructor(readonly path: string = DEFAULT_DATABASE) {}

  /** Reads the database now, off the event loop, so the first request does not pay for it. */
  async preload(): Promise<void> {
    if (!this.reader) this.reader = new Reader<CountryRecord>(await readFile(this.path));
  }

  /**
   * ISO 3166-1 alpha-2 (upper case) of `ip`, or null when unknown, private or not an address. Example:
   * `new IpCountryDatabase().country('8.8.8.8') === 'US'`.
   */
  country(ip: string | null | undefined): string | null {
    const address = publicIp(ip);
    if (address === null) return null;
    this.reader ??= new Reader<CountryRecord>(readFileSync(this.path));
    const code = this.reader.get(address)?.country_code?.toUpperCase();
    return code && isCountryCode(code) ? code : null;
  }
}

/**
 * Addresses that belong to no country (RFC 6890 special-purpose ranges). Checked before the lookup because the
 * packaged database answers for some of them: it placed 192.168.1.10 in AU when this was written.
 */
const SPECIAL = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) SPECIAL.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 127], ['64:ff9b:1::', 48], ['100::', 64], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8],
] as const) SPECIAL.addSubnet(net, bits, 'ipv6');

/**
 * A public address ready for lookup, or null: "::ffff:1.2.3.4" (IPv4 on a dual-stack socket) → "1.2.3.4",
 * "fe80::1%eth0" loses its zone, private/loopback/documentation ranges and non-addresses → null.
 */
function publicIp(ip: string | null | undefined): string | null {
  if (!ip) return null;
  let address = ip.trim();
  const zone = address.indexOf('%');
  if (zone >= 0) address = address.slice(0, zone);
  if (address.toLowerCase().startsWith('::ffff:') && address.includes('.')) address = address.slice(7);
  const family = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : null;
  if (family === null || SPECIAL.check(address, family)) return null;
  return address;
}

/**
 * Preferred languages from an Accept-Language header: primary subtags, lower case, highest q first (ties keep the
 * header's order), each once, without those refused with q=0 and without "*". Example:
 * `parseAcceptLanguage('de-CH, fr;q=0.9, de;q=0.8, en;q=0.7, *;q=0.5')` → `['de', 'fr', 'en']`.
 */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  const entries: { primary: string; q: number; order: number }[] = [];
  const parts = header.slice(0, 1000).split(',', 30);
  for (let order = 0; order < parts.length; order++) {
    const [tag = '', ...params] = parts[order]!.split(';');
    const match = /^\s*([a-zA-Z]{2,3})(?:-[a-zA-Z0-9]{1,8})*\s*$/.exec(tag);
    if (!match) continue; // "*", private-use "x-…", or garbage
    let q = 1;
    for (const param of params) {
      const qMatch = /^\s*q\s*=\s*(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)\s*$/i.exec(param);
      if (qMatch) q = Number(qMatch[1]);
      else if (/^\s*q\s*=/i.test(param)) q = -1; // malformed weight: ignore the entry
    }
    if (q > 0) entries.push({ primary: match[1]!.toLowerCase(), q, order });
  }
  entries.sort((a, b) => b.q - a.q || a.order - b.order);
  return [...new Set(entries.map((e) => e.primary))];
}

interface Agent {
  device: Device | null;
  os: OperatingSystem | null;
  browser: Browser | null;
  isBot: boolean;
}

const LINUX = new Set(
  'linux ubuntu debian fedora arch centos mint redhat suse gentoo slackware mandriva mageia kubuntu manjaro'.split(' '),
);
/** ua-parser-js names of apps with their own web view (the link opened inside Facebook, Instagram, ...). */
const IN_APP = new Set(
  'facebook instagram tiktok snapchat wechat line linkedin twitter kakaotalk pinterest telegram whatsapp gsa naver'.split(' '),
);

function osOf(name: string | undefined): OperatingSystem | null {
  if (!name) return null;
  if (name === 'iOS') return 'ios';
  if (name === 'Android') return 'android';
  if (name.startsWith('Windows')) return 'windows';
  if (name === 'Mac OS' || name === 'macOS') return 'macos';
  if (name === 'Chromium OS' || name === 'Chrome OS') return 'chromeos';
  if (name === 'HarmonyOS') return 'harmonyos';
  return LINUX.has(name.toLowerCase()) ? 'linux' : 'other';
}

function browserOf(name: string | undefined): Browser | null {
  if (!name) return null;
  if (/^(mobile )?chrom(e|ium)( headless| webview)?$/i.test(name)) return 'chrome';
  if (/^(mobile )?safari$/i.test(name)) return 'safari';
  if (/^(mobile )?firefox/i.test(name)) return 'firefox';
  if (name === 'Edge') return 'edge';
  if (name.startsWith('Opera')) return 'opera';
  if (name === 'Samsung Internet' || name === 'Samsung Browser') return 'samsung';
  if (name === 'Yandex') return 'yandex';
  if (name === 'UCBrowser') return 'uc';
  if (name === 'IE' || name === 'IEMobile') return 'ie';
  return IN_APP.has(name.toLowerCase()) ? 'in-app' : 'other';
}

const DEVICE_TYPES: Readonly<Record<string, Device>> = {
  mobile: 'mobile',
  tablet: 'tablet',
  smarttv: 'tv',
  console: 'console',
  wearable: 'wearable',
};
const DESKTOP_OS = new Set<OperatingSystem | null>(['windows', 'macos', 'linux', 'chromeos']);

/** Device, OS, browser and bot-ness of a User-Agent string (uncached; see `agentOf`). */
export function parseUserAgent(userAgent: string): Agent {
  if (!userAgent.trim()) return { device: null, os: null, browser: null, isBot: false };
  const result = new UAParser(userAgent).getResult();
  const os = osOf(result.os.name);
  const browser = browserOf(result.browser.name);
  const bot = isbot(userAgent);
  const type = result.device.type;
  const device: Device | null = bot
    ? 'bot'
    : type
      ? (DEVICE_TYPES[type] ?? 'other')
      : DESKTOP_OS.has(os)
        ? 'desktop'
        : os || browser
          ? 'other'
          : null;
  return { device, os, browser, isBot: bot };
}

const AGENT_CACHE_SIZE = 5_000;
const agents = new Map<string, Agent>();

/** `parseUserAgent` behind a bounded least-recently-used cache. */
export function agentOf(userAgent: string | null | undefined): Agent {
  const ua = (userAgent ?? '').slice(0, 1000);
  const hit = agents.get(ua);
  if (hit) {
    agents.delete(ua); // re-insert: Map keeps insertion order, so the oldest key is the least recently used
    agents.set(ua, hit);
    return hit;
  }
  const agent = parseUserAgent(ua);
  if (agents.size >= AGENT_CACHE_SIZE) agents.delete(agents.keys().next().value!);
  agents.set(ua, agent);
  return agent;
}

/** The first value of each query parameter of a URL (a path with a query, or absolute), at most 50 parameters. */
export function queryOf(url: string): Record<string, string> {
  const query: Record<string, string> = Object.create(null);
  const mark = url.indexOf('?');
  if (mark < 0) return query;
  let count = 0;
  for (const [name, value] of new URLSearchParams(url.slice(mark + 1).split('#')[0])) {
    if (Object.hasOwn(query, name)) continue;
    if (++count > 50) break;
    query[name] = value;
  }
  return query;
}

function header(parts: RequestParts, name: string | undefined): string | null {
  if (!name) return null;
  const value = parts.headers?.[name.toLowerCase()];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || null;
}

function regionOf(value: string | null, country: string | null): string | null {
  if (!value) return null;
  const code = value.toUpperCase();
  if (/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(code)) return country === null || code.startsWith(`${country}-`) ? code : null;
  return country !== null && /^[A-Z0-9]{1,3}$/.test(code) ? `${country}-${code}` : null;
}

/**
 * Builds `Visitor`s from requests. Create one per process and reuse it: it holds the IP database. Example:
 * `createVisitorResolver({ regionHeader: 'cf-region-code' }).visitorFrom({ ip, userAgent, acceptLanguage, url, headers })`.
 */
export function createVisitorResolver(options: VisitorOptions = {}) {
  const database = new IpCountryDatabase(options.databasePath);
  return {
    database,
    preload: () => database.preload(),
    visitorFrom(parts: RequestParts): Visitor {
      const trusted = header(parts, options.countryHeader)?.toUpperCase() ?? null;
      const country = trusted && isCountryCode(trusted) ? trusted : database.country(parts.ip);
      const agent = agentOf(parts.userAgent);
      return {
        country,
        region: regionOf(header(parts, options.regionHeader), country),
        languages: parseAcceptLanguage(parts.acceptLanguage),
        device: agent.device,
        os: agent.os,
        browser: agent.browser,
        isBot: agent.isBot,
        query: queryOf(parts.url),
      };
    },
  };
}

export type VisitorResolver = ReturnType<typeof createVisitorResolver>;
