/**
 * The browser tracking snippet that Chorus serves at `/t.js`.
 *
 * The script itself is `snippet.browser.js` beside this file: plain ES2017, served exactly as written (no build
 * step, so what is reviewed is what runs on customers' sites). It is not called `snippet.js` because `tsc` compiles
 * this module to `dist/.../snippet.js`: the two would collide in the build output, and an import of `./snippet.js`
 * would be ambiguous when run from source.
 *
 * What the snippet does, for whoever wires `/t.js` and `POST /api/v1/collect`:
 * - Every page: `{type:'pageview', workspaceId, url, referrer, cid?, ref?}` via `navigator.sendBeacon` (fallback
 *   `fetch` keepalive). `cid`/`ref` are the `chorus_cid` / `chorus_ref` query parameters the visitor landed with,
 *   so the pageviews carrying `ref=X` are the visits token X brought (`ShareNode.visits` in cascades/metrics.ts).
 * - On an arrival with a cid or ref: `{type:'share_token', workspaceId, url, cid?, parentRef?}` by `fetch`,
 *   expecting `{"ref": "<new child token>"}`; the visible URL then gets `chorus_ref=<token>` (`chorus_cid` removed,
 *   other parameters kept verbatim, hash kept) by `history.replaceState`.
 * - `window.chorus(name, {value, currency})`: `{type:'conversion', workspaceId, url, name, value, currency, cid?,
 *   ref?, ownRef?}`: cid/ref = how this tab's visitor arrived (kept in sessionStorage), ownRef = the visitor's own
 *   token when minting succeeded (the exact tree node to credit). Calls queued before the script loaded are replayed.
 * - Bodies are JSON sent as `text/plain` (a CORS simple request: no preflight). The share-token answer is read
 *   cross-origin, so that response needs `Access-Control-Allow-Origin` (`*` is enough: `credentials: 'omit'`).
 *   sendBeacon always sends the Chorus origin's cookies: the collect endpoint must ignore them.
 * - No cookies are written; a reload of the rewritten URL (own token) or of the same cid does not mint again.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const FILE = 'snippet.browser.js';
const here = path.dirname(fileURLToPath(import.meta.url));

/** Beside this module when run from source; from dist/src/features/tracking, the repo's copy in src. */
export function snippetPath(): string {
  const candidates = [path.join(here, FILE), path.resolve(here, '../../../../src/features/tracking', FILE)];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`The tracking snippet ${FILE} was not found (looked in ${candidates.join(', ')}).`);
  return found;
}

let source: Promise<string> | undefined;

/**
 * The snippet's source text, read from disk once per process (a failed read is retried on the next call).
 * @example reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(await snippetSource())
 */
export function snippetSource(): Promise<string> {
  source ??= Promise.resolve()
    .then(() => readFile(snippetPath(), 'utf8'))
    .catch((error: unknown) => {
      source = undefined;
      throw error;
    });
  return source;
}

/**
 * Size of the snippet once gzipped at zlib's default level (what a compressing server sends), in bytes.
 * The budget is 2 KB (a test holds it): the snippet loads on every page of the customer's site.
 * @example (await snippetBytesGzipped()) < 2048
 */
export async function snippetBytesGzipped(): Promise<number> {
  return gzipSync(Buffer.from(await snippetSource(), 'utf8')).length;
}
