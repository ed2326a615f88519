/**
 * The dedicated redirector (`chorus redirect`, and `chorus start` on CHORUS_LINK_PORT): plain `node:http`, not
 * Fastify, because this is the hot path and the framework's per-request cost is measurable here
 * (../shared/PEERS.md: bare node:http ≈ 66–73k req/s, Fastify ≈ 50–58k on one core; the goal is ≥ 0.85× bare).
 */
import http from 'node:http';
import type { Redirector, RedirectAnswer, RedirectRequest } from './redirector.js';
import { pageLanguage, unknownLinkPage } from './pages.js';

const MAX_FORM_BYTES = 2048;

export interface RedirectServerOptions {
  trustProxy: boolean;
  onError(error: unknown): void;
}

function clientIp(req: http.IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? '';
}

function readPassword(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_FORM_BYTES) reject(new Error('form too large'));
    });
    req.on('end', () => resolve(new URLSearchParams(body).get('password') ?? ''));
    req.on('error', reject);
  });
}

/**
 * The three headers every redirect reads, from `rawHeaders`: `req.headers` builds an object of all of them on first
 * use (a browser sends ten or more), which the bare server the redirector is measured against never pays for. Same
 * rules as Node's: the first user agent and referer win, languages are joined.
 */
function readHeaders(raw: string[]): { userAgent: string; acceptLanguage: string; referer: string } {
  let userAgent = '';
  let acceptLanguage = '';
  let referer = '';
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    // Compare lengths first; only a candidate's name is lower-cased.
    if (name.length === 10) {
      if (userAgent === '' && name.toLowerCase() === 'user-agent') userAgent = raw[i + 1]!;
    } else if (name.length === 15) {
      if (name.toLowerCase() === 'accept-language') acceptLanguage = acceptLanguage ? `${acceptLanguage}, ${raw[i + 1]!}` : raw[i + 1]!;
    } else if (name.length === 7) {
      if (referer === '' && name.toLowerCase() === 'referer') referer = raw[i + 1]!;
    }
  }
  return { userAgent, acceptLanguage, referer };
}

/** Turns a request into the redirector's input. */
export function toRedirectRequest(req: http.IncomingMessage, pathCode: string, query: string, trustProxy: boolean): RedirectRequest {
  const { userAgent, acceptLanguage, referer } = readHeaders(req.rawHeaders);
  return {
    code: pathCode,
    method: req.method ?? 'GET',
    ip: clientIp(req, trustProxy),
    userAgent,
    acceptLanguage,
    referer,
    query,
    // Most short URLs carry no query: parse one only when there is one.
    trigger: query !== '' && new URLSearchParams(query).get('qr') === '1' ? 'qr' : 'link',
    // Its `headers` object is built only when read (a proxy's region header, an A/B cookie, a new visitor). Not a
    // getter on this object: an accessor in an object literal made every redirect slower (p99 4 → 8 ms, measured).
    source: req,
  };
}

/**
 * The pages (pages.ts) have no script and one inline style sheet. No form-action: the password form is answered
 * with a redirect to the link's destination, wherever it is, and browsers hold form-action to redirects too.
 */
const PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'";

export function writeAnswer(res: http.ServerResponse, answer: RedirectAnswer): void {
  if (answer.location) {
    const headers: Record<string, string | number> = { location: answer.location, 'cache-control': 'no-store', 'content-length': 0 };
    if (answer.setCookie) headers['set-cookie'] = answer.setCookie;
    res.writeHead(answer.status, headers);
    res.end();
    return;
  }
  const body = answer.html ?? '';
  const headers: Record<string, string | number> = {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'content-security-policy': PAGE_POLICY,
    // The pages are written in the language Accept-Language asks for.
    vary: 'Accept-Language',
  };
  if (answer.retryAfter) headers['retry-after'] = answer.retryAfter;
  res.writeHead(answer.status, headers);
  res.end(body);
}

export function createRedirectServer(redirector: Redirector, options: RedirectServerOptions): http.Server {
  return http.createServer((req, res) => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    const query = q === -1 ? '' : url.slice(q + 1);
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    let code = path.slice(1);
    if (code.includes('%')) {
      try {
        code = decodeURIComponent(code);
      } catch {
        code = ''; // malformed escapes: not a code (the check below answers 404)
      }
    }
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(code) || (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST')) {
      // Not a code Chorus could have made: the same page as an unknown link, in the visitor's language.
      writeAnswer(res, { status: 404, html: unknownLinkPage(pageLanguage(req.headers['accept-language'])) });
      return;
    }
    const request = toRedirectRequest(req, code, query, options.trustProxy);
    if (req.method !== 'POST') {
      const fast = redirector.tryAnswer(request);
      if (fast) return writeAnswer(res, fast);
    }
    const run = async () => {
      if (req.method === 'POST') request.password = await readPassword(req);
      writeAnswer(res, await redirector.answer(request));
    };
    run().catch((error: unknown) => {
      options.onError(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('Something went wrong; try again.');
    });
  });
}
