import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agentOf, createVisitorResolver, IpCountryDatabase, parseAcceptLanguage, parseUserAgent, queryOf } from './visitor.js';

const UA = {
  iphoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  androidChrome:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 Mobile Safari/537.36',
  windowsEdge:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.87',
  googlebot: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  googlebotSmartphone:
    'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.126 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  ipadSafari:
    'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  facebookApp:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/470.0.0.35.107;FBDV/iPhone15,2;FBMD/iPhone;FBSN/iOS;FBSV/17.5;FBLC/en_US]',
  samsung:
    'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
  ubuntuFirefox: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
};

describe('country from the IP address (offline database)', () => {
  const db = new IpCountryDatabase();

  it('finds well-known public addresses, IPv4 and IPv6', () => {
    const known: [string, string][] = [
      ['8.8.8.8', 'US'], // Google Public DNS
      ['2001:4860:4860::8888', 'US'],
      ['193.0.6.139', 'NL'], // RIPE NCC, Amsterdam
      ['2001:67c:2e8:22::c100:68b', 'NL'],
      ['200.160.2.3', 'BR'], // NIC.br, São Paulo
      ['2001:12ff:0:2::3', 'BR'],
      ['202.12.29.205', 'AU'], // APNIC, Brisbane
      ['77.88.8.8', 'RU'], // Yandex DNS
      ['::ffff:8.8.8.8', 'US'], // IPv4 as a dual-stack socket reports it
    ];
    for (const [ip, country] of known) assert.equal(db.country(ip), country, ip);
  });

  it('private, loopback, documentation and malformed addresses have no country', () => {
    for (const ip of ['10.0.0.1', '192.168.1.10', '172.16.5.4', '127.0.0.1', '100.64.0.1', '::1', 'fd00::1', 'fe80::1%eth0',
      '2001:db8::1', '198.51.100.7', 'not an ip', '', null, undefined]) {
      assert.equal(db.country(ip), null, String(ip));
    }
  });

  it('loads once, quickly', async () => {
    const fresh = new IpCountryDatabase();
    const started = performance.now();
    await fresh.preload();
    const ms = performance.now() - started;
    assert.ok(ms < 1000, `loaded in ${ms} ms`);
    assert.equal(fresh.country('8.8.8.8'), 'US');
  });
});

describe('device, OS and browser from the User-Agent', () => {
  it('recognises the usual suspects', () => {
    const expected: [keyof typeof UA, ReturnType<typeof parseUserAgent>][] = [
      ['iphoneSafari', { device: 'mobile', os: 'ios', browser: 'safari', isBot: false }],
      ['androidChrome', { device: 'mobile', os: 'android', browser: 'chrome', isBot: false }],
      ['windowsEdge', { device: 'desktop', os: 'windows', browser: 'edge', isBot: false }],
      ['googlebot', { device: 'bot', os: null, browser: null, isBot: true }],
      ['googlebotSmartphone', { device: 'bot', os: 'android', browser: 'chrome', isBot: true }],
      ['ipadSafari', { device: 'tablet', os: 'ios', browser: 'safari', isBot: false }],
      ['macSafari', { device: 'desktop', os: 'macos', browser: 'safari', isBot: false }],
      ['facebookApp', { device: 'mobile', os: 'ios', browser: 'in-app', isBot: false }],
      ['samsung', { device: 'mobile', os: 'android', browser: 'samsung', isBot: false }],
      ['ubuntuFirefox', { device: 'desktop', os: 'linux', browser: 'firefox', isBot: false }],
    ];
    for (const [name, agent] of expected) assert.deepEqual(parseUserAgent(UA[name]), agent, name);
    assert.deepEqual(parseUserAgent(''), { device: null, os: null, browser: null, isBot: false });
    assert.equal(parseUserAgent('curl/8.5.0').isBot, true);
  });

  it('caches parsed agents', () => {
    assert.equal(agentOf(UA.androidChrome), agentOf(UA.androidChrome));
    assert.deepEqual(agentOf(undefined), parseUserAgent(''));
  });
});

describe('Accept-Language', () => {
  it('orders by q, keeps header order on ties, drops q=0, "*" and duplicates', () => {
    assert.deepEqual(parseAcceptLanguage('fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5'), ['fr', 'en', 'de']);
    assert.deepEqual(parseAcceptLanguage('en;q=0.3, ja, pt-BR;q=0.8'), ['ja', 'pt', 'en']);
    assert.deepEqual(parseAcceptLanguage('de;q=0.5, nl;q=0.5'), ['de', 'nl']);
    assert.deepEqual(parseAcceptLanguage('en-US, fr;q=0'), ['en']);
    assert.deepEqual(parseAcceptLanguage('EN-gb;Q=1.0'), ['en']);
    assert.deepEqual(parseAcceptLanguage('zh-Hant-TW, x-pig-latin, es;q=2, it;q=abc, sv;q=0.001'), ['zh', 'sv']);
    assert.deepEqual(parseAcceptLanguage(''), []);
    assert.deepEqual(parseAcceptLanguage(undefined), []);
  });
});

describe('a visitor from request parts', () => {
  it('puts the pieces together', () => {
    const resolver = createVisitorResolver();
    const visitor = resolver.visitorFrom({
      ip: '200.160.2.3',
      userAgent: UA.androidChrome,
      acceptLanguage: 'pt-BR,pt;q=0.9,en;q=0.5',
      url: '/summer?utm_source=ig&utm_source=twitter&ref',
    });
    assert.deepEqual(visitor, {
      country: 'BR',
      region: null,
      languages: ['pt', 'en'],
      device: 'mobile',
      os: 'android',
      browser: 'chrome',
      isBot: false,
      query: Object.assign(Object.create(null), { utm_source: 'ig', ref: '' }),
    });
  });

  it('takes region (and country) only from the trusted proxy headers it was told about', () => {
    const resolver = createVisitorResolver({ regionHeader: 'CF-Region-Code', countryHeader: 'cf-ipcountry' });
    const base = { ip: '8.8.8.8', userAgent: UA.iphoneSafari, acceptLanguage: 'en', url: '/x' };
    assert.equal(resolver.visitorFrom({ ...base, headers: { 'cf-region-code': 'CA' } }).region, 'US-CA');
    assert.equal(resolver.visitorFrom({ ...base, headers: { 'cf-region-code': 'us-ny' } }).region, 'US-NY');
    assert.equal(resolver.visitorFrom({ ...base, headers: { 'cf-region-code': 'FR-IDF' } }).region, null, 'not in US');
    const paris = resolver.visitorFrom({ ...base, headers: { 'cf-ipcountry': 'FR', 'cf-region-code': 'IDF' } });
    assert.deepEqual([paris.country, paris.region], ['FR', 'FR-IDF']);
    assert.equal(resolver.visitorFrom({ ...base, headers: { 'cf-ipcountry': 'T1' } }).country, 'US', 'Tor: database');
    const untrusting = createVisitorResolver();
    assert.equal(untrusting.visitorFrom({ ...base, headers: { 'cf-region-code': 'CA' } }).region, null);
  });

  it('reads the query string of a path or an absolute URL', () => {
    assert.deepEqual({ ...queryOf('https://ch.example/abc?a=1&b=%C3%A9#frag') }, { a: '1', b: 'é' });
    assert.deepEqual({ ...queryOf('/abc') }, {});
    assert.equal(Object.hasOwn(queryOf('/?__proto__=x'), '__proto__'), true);
  });
});
