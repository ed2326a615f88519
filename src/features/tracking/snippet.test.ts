import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import vm from 'node:vm';
import { snippetBytesGzipped, snippetSource } from './snippet.js';

const CHORUS = 'https://chorus.example';
const COLLECT = `${CHORUS}/api/v1/collect`;

interface Sent {
  via: 'beacon' | 'fetch';
  url: string;
  body: Record<string, unknown>;
  init?: FetchInit;
}

interface FetchInit {
  body: string;
  method?: string;
  keepalive?: boolean;
  credentials?: string;
  headers?: unknown;
}

interface FakeOptions {
  href: string;
  /** Carried over between page loads of one tab, as sessionStorage is. */
  session?: Map<string, string>;
  beacon?: boolean;
  /** What the share-token endpoint answers; a function may throw to simulate a failure. */
  shareAnswer?: () => unknown;
  /** Code run in the page before the snippet (e.g. the queue stub and early calls). */
  before?: string;
}

/** A minimal browser: just what the snippet touches, with spies on everything it sends or writes. */
async function loadPage(options: FakeOptions) {
  let current = new URL(options.href);
  const session = options.session ?? new Map<string, string>();
  const sent: Sent[] = [];
  const replaced: string[] = [];
  const cookieWrites: string[] = [];
  let minted = 0;
  const location = {
    get href() { return current.href; },
    get search() { return current.search; },
    get pathname() { return current.pathname; },
    get hash() { return current.hash; },
  };
  const document = {
    currentScript: { src: `${CHORUS}/t.js`, getAttribute: (name: string) => (name === 'data-workspace' ? 'ws_1' : null) },
    referrer: 'https://social.example/@alice/1',
    querySelector: () => null,
    get cookie() { return ''; },
    set cookie(value: string) { cookieWrites.push(value); },
  };
  const window: Record<string, unknown> = {
    document,
    location,
    URL,
    URLSearchParams,
    history: {
      state: null,
      replaceState(_state: unknown, _title: string, url: string) {
        replaced.push(url);
        current = new URL(url, current);
      },
    },
    sessionStorage: {
      getItem: (key: string) => session.get(key) ?? null,
      setItem: (key: string, value: string) => void session.set(key, String(value)),
    },
    navigator: options.beacon === false ? {} : {
      sendBeacon(url: string, body: string) {
        assert.equal(typeof body, 'string', 'a string body goes out as text/plain: no CORS preflight');
        sent.push({ via: 'beacon', url, body: JSON.parse(body) });
        return true;
      },
    },
    async fetch(url: string, init: FetchInit) {
      const body = JSON.parse(init.body) as Record<string, unknown>;
      sent.push({ via: 'fetch', url, body, init });
      const answer = body.type === 'share_token' ? (options.shareAnswer ?? (() => ({ ref: `tok${++minted}` })))() : {};
      return { ok: true, json: async () => answer };
    },
  };
  window.window = window;
  const context = vm.createContext(window);
  if (options.before) vm.runInContext(options.before, context);
  vm.runInContext(await snippetSource(), context, { filename: 't.js' });
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
  const chorus = (name: string, props?: object) => (window.chorus as (n: string, p?: object) => void)(name, props);
  const of = (type: string) => sent.filter((s) => s.body.type === type);
  return { sent, of, replaced, cookieWrites, session, chorus, get href() { return current.href; }, context };
}

describe('tracking snippet (in a fake browser)', () => {
  it('arriving through a link: sends the page view with the cid, mints a token, rewrites the URL', async () => {
    const page = await loadPage({ href: 'https://shop.example/p/shoes?chorus_cid=abc&x=1#top' });
    const [view] = page.of('pageview');
    assert.deepEqual(view, {
      via: 'beacon',
      url: COLLECT,
      body: { type: 'pageview', workspaceId: 'ws_1', url: 'https://shop.example/p/shoes?chorus_cid=abc&x=1#top', referrer: 'https://social.example/@alice/1', cid: 'abc' },
    });
    const [share] = page.of('share_token');
    assert.equal(share?.via, 'fetch');
    assert.equal(share?.url, COLLECT);
    assert.deepEqual(share?.body, { type: 'share_token', cid: 'abc', workspaceId: 'ws_1', url: 'https://shop.example/p/shoes?chorus_cid=abc&x=1#top' });
    assert.equal(share?.init?.method, 'POST');
    assert.equal(share?.init?.credentials, 'omit');
    assert.equal(share?.init?.headers, undefined, 'a string body is text/plain by default');
    assert.deepEqual(page.replaced, ['/p/shoes?x=1&chorus_ref=tok1#top']);
    assert.equal(page.href, 'https://shop.example/p/shoes?x=1&chorus_ref=tok1#top');
    assert.deepEqual(JSON.parse(page.session.get('chorus')!), { cid: 'abc', own: 'tok1' });
    assert.deepEqual(page.cookieWrites, []);
  });

  it('arriving through a share: asks for a child of that token', async () => {
    const page = await loadPage({ href: 'https://shop.example/?chorus_ref=parent7' });
    assert.deepEqual(page.of('pageview')[0]?.body.ref, 'parent7');
    assert.deepEqual(page.of('share_token')[0]?.body, { type: 'share_token', parentRef: 'parent7', workspaceId: 'ws_1', url: 'https://shop.example/?chorus_ref=parent7' });
    assert.equal(page.href, 'https://shop.example/?chorus_ref=tok1');
  });

  it('keeps the other parameters exactly as spelled, in order', async () => {
    const page = await loadPage({ href: 'https://shop.example/a?q=a+b&flag&chorus_cid=abc&chorus_ref=old&b=%20#x=1' });
    assert.equal(page.of('share_token')[0]?.body.parentRef, 'old');
    assert.deepEqual(page.replaced, ['/a?q=a+b&flag&b=%20&chorus_ref=tok1#x=1']);
  });

  it('attributes a conversion on a later page of the tab from sessionStorage', async () => {
    const first = await loadPage({ href: 'https://shop.example/?chorus_ref=parent7' });
    const second = await loadPage({ href: 'https://shop.example/checkout/done', session: first.session });
    assert.equal(second.of('share_token').length, 0);
    assert.deepEqual(second.replaced, []);
    assert.deepEqual(second.of('pageview')[0]?.body, { type: 'pageview', workspaceId: 'ws_1', url: 'https://shop.example/checkout/done', referrer: 'https://social.example/@alice/1' });
    second.chorus('sale', { value: 42, currency: 'EUR' });
    assert.deepEqual(second.of('conversion')[0], {
      via: 'beacon',
      url: COLLECT,
      body: { type: 'conversion', name: 'sale', value: 42, currency: 'EUR', ref: 'parent7', ownRef: 'tok1', workspaceId: 'ws_1', url: 'https://shop.example/checkout/done' },
    });
    assert.deepEqual([...first.cookieWrites, ...second.cookieWrites], []);
  });

  it('does not mint again on a reload of the rewritten URL (own token) or of the same cid', async () => {
    const first = await loadPage({ href: 'https://shop.example/?chorus_cid=abc' });
    const reload = await loadPage({ href: first.href, session: first.session });
    assert.equal(reload.of('share_token').length, 0);
    assert.equal(reload.of('pageview')[0]?.body.ref, undefined, 'the visitor\'s own token brought no visit');
    const sameCid = await loadPage({ href: 'https://shop.example/?chorus_cid=abc', session: first.session });
    assert.equal(sameCid.of('share_token').length, 0);
    const other = await loadPage({ href: 'https://shop.example/?chorus_ref=someoneElse', session: first.session });
    assert.equal(other.of('share_token')[0]?.body.parentRef, 'someoneElse', 'a new arrival in the tab replaces the attribution');
    assert.deepEqual(JSON.parse(other.session.get('chorus')!), { ref: 'someoneElse', own: 'tok1' });
  });

  it('replays calls queued before it loaded, then sends new ones directly', async () => {
    const page = await loadPage({
      href: 'https://shop.example/?chorus_cid=abc',
      before: `window.chorus = window.chorus || function(){(chorus.q=chorus.q||[]).push(arguments)};
               chorus('lead', {value: 5}); chorus('sale', {value: 19.9, currency: 'USD'});`,
    });
    assert.deepEqual(page.of('conversion').map((s) => [s.body.name, s.body.value, s.body.currency, s.body.cid]), [
      ['lead', 5, undefined, 'abc'],
      ['sale', 19.9, 'USD', 'abc'],
    ]);
    page.chorus('lead');
    assert.equal(page.of('conversion').length, 3);
    assert.equal(page.of('conversion')[2]?.body.ownRef, 'tok1');
  });

  it('falls back to fetch keepalive without sendBeacon', async () => {
    const page = await loadPage({ href: 'https://shop.example/', beacon: false });
    const [view] = page.of('pageview');
    assert.equal(view?.via, 'fetch');
    assert.equal(view?.init?.keepalive, true);
    assert.equal(page.of('share_token').length, 0, 'no cid, no ref: nothing to mint');
  });

  it('leaves the URL alone when the token cannot be minted', async () => {
    for (const shareAnswer of [() => { throw new Error('offline'); }, () => ({}), () => null]) {
      const page = await loadPage({ href: 'https://shop.example/?chorus_cid=abc', shareAnswer });
      assert.deepEqual(page.replaced, []);
      assert.deepEqual(JSON.parse(page.session.get('chorus')!), { cid: 'abc' });
    }
  });

  it('runs once even if embedded twice', async () => {
    const page = await loadPage({ href: 'https://shop.example/' });
    vm.runInContext(await snippetSource(), page.context);
    assert.equal(page.of('pageview').length, 1);
  });

  it('weighs under 2 KB gzipped', async () => {
    const bytes = await snippetBytesGzipped();
    assert.ok(bytes < 2048, `${bytes} bytes gzipped`);
  });
});
