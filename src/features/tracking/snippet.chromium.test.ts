/**
 * The snippet in a real browser (Debian's Chromium at /usr/bin/chromium, or CHROMIUM_PATH).
 * One tiny node:http handler listens on two ports of 127.0.0.1, so the customer's site and Chorus are different
 * origins as in production: this checks the CORS side too (no preflight, the share-token answer readable).
 */
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../../test/chromium.js';
import { snippetSource } from './snippet.js';


interface Recorded {
  method: string;
  path: string;
  contentType?: string;
  origin?: string;
  body: Record<string, unknown>;
}


describe('tracking snippet in Chromium', { timeout: 60_000 }, () => {
  const recorded: Recorded[] = [];
  const servers: http.Server[] = [];
  let site = '';
  let chorus = '';
  let context: BrowserContext;
  let page: Page;
  let profileDir = '';
  let minted = 0;

  const pageHtml = (title: string) =>
    `<!doctype html><meta charset="utf-8"><title>${title}</title><script>window.chorus = window.chorus || function(){(chorus.q=chorus.q||[]).push(arguments)};` +
    `chorus('lead', {value: 1});</script><script src="${chorus}/t.js" data-workspace="ws_1" async></script><h1 id="top">${title}</h1><a id="next" href="/thanks.html">next</a>`;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    if (url.pathname === '/t.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(await snippetSource());
    } else if (url.pathname === '/api/v1/collect') {
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      recorded.push({ method: req.method ?? '', path: url.pathname, contentType: req.headers['content-type'], origin: req.headers.origin, body });
      const answer = body.type === 'share_token' ? { ref: `tok${++minted}` } : {};
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(JSON.stringify(answer));
    } else if (url.pathname.endsWith('.html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(url.pathname.slice(1)));
    } else {
      res.writeHead(404).end();
    }
  }

  async function listen(): Promise<string> {
    const server = http.createServer((req, res) => void handle(req, res).catch((error: unknown) => res.writeHead(500).end(String(error))));
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async function waitFor(what: string, predicate: () => boolean): Promise<void> {
    for (const start = Date.now(); !predicate(); await new Promise((resolve) => setTimeout(resolve, 25))) {
      if (Date.now() - start > 10_000) throw new Error(`Timed out waiting for ${what}; recorded: ${JSON.stringify(recorded)}`);
    }
  }
  const of = (type: string) => recorded.filter((r) => r.body.type === type);

  before(async () => {
    site = await listen();
    chorus = await listen();
    ({ context, profileDir } = await launchChromium());
    page = context.pages()[0] ?? (await context.newPage());
  });

  after(async () => {
    await context?.close();
    for (const server of servers) server.close();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  });

  it('records the visit, mints a child token and rewrites the URL, keeping x and the hash', async () => {
    await page.goto(`${site}/page.html?chorus_cid=abc&x=1#top`);
    await page.waitForURL(/chorus_ref=/);
    assert.equal(page.url(), `${site}/page.html?x=1&chorus_ref=tok1#top`);
    await waitFor('the page view and the queued lead', () => of('pageview').length === 1 && of('conversion').length === 1);

    assert.deepEqual(of('pageview')[0]?.body, { type: 'pageview', workspaceId: 'ws_1', url: `${site}/page.html?chorus_cid=abc&x=1#top`, referrer: '', cid: 'abc' });
    assert.deepEqual(of('share_token')[0]?.body, { type: 'share_token', workspaceId: 'ws_1', url: `${site}/page.html?chorus_cid=abc&x=1#top`, cid: 'abc' });
    assert.deepEqual(of('conversion')[0]?.body, { type: 'conversion', name: 'lead', value: 1, cid: 'abc', workspaceId: 'ws_1', url: `${site}/page.html?chorus_cid=abc&x=1#top` });
    for (const r of recorded) {
      assert.equal(r.method, 'POST', 'simple requests only: no OPTIONS preflight');
      assert.match(r.contentType ?? '', /^text\/plain/);
      assert.equal(r.origin, site);
    }
  });

  it('attributes a conversion on another page of the tab, and writes no cookie', async () => {
    await page.click('#next');
    await waitFor('the second page view', () => of('pageview').length === 2);
    await page.evaluate(() => (window as unknown as { chorus: (name: string, props: object) => void }).chorus('sale', { value: 42, currency: 'EUR' }));
    await waitFor('the sale', () => of('conversion').some((r) => r.body.name === 'sale'));
    const sale = of('conversion').find((r) => r.body.name === 'sale');
    assert.deepEqual(sale?.body, { type: 'conversion', name: 'sale', value: 42, currency: 'EUR', cid: 'abc', ownRef: 'tok1', workspaceId: 'ws_1', url: `${site}/thanks.html` });
    assert.deepEqual(of('pageview')[1]?.body, { type: 'pageview', workspaceId: 'ws_1', url: `${site}/thanks.html`, referrer: `${site}/page.html?x=1&chorus_ref=tok1` });
    assert.equal(of('share_token').length, 1, 'no new token without a cid or ref');
    assert.equal(await page.evaluate(() => document.cookie), '');
    assert.deepEqual(await context.cookies(), []);
  });

  it('a visitor opening the shared URL gets a child of the sharer\'s token', async () => {
    const other = await context.newPage(); // a new tab: its own sessionStorage
    await other.goto(`${site}/page.html?x=1&chorus_ref=tok1#top`);
    await other.waitForURL(/chorus_ref=tok2/);
    assert.equal(other.url(), `${site}/page.html?x=1&chorus_ref=tok2#top`);
    assert.deepEqual(of('share_token')[1]?.body, { type: 'share_token', workspaceId: 'ws_1', url: `${site}/page.html?x=1&chorus_ref=tok1#top`, parentRef: 'tok1' });
    await other.close();
  });
});
