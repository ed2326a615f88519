/**
 * The rules of what the tracking snippet sends (see src/features/tracking/snippet.ts for the exact bodies):
 * which origins may post, how a click id or share token leads back to a link, post, publication and network,
 * and how share tokens are minted. No HTTP here, no SQL strings.
 */
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../core/context.js';
import { ApiError, forbidden, invalid, notFound } from '../../core/errors.js';
import { emitEvent } from '../outgoing-webhooks/events.js';
import { isUuid } from '../workspaces/access.js';
import { collectRepository, type Attribution, type TokenRow } from './repository.js';
import type { CollectBody } from './schemas.js';

type Of<T extends CollectBody['type']> = Extract<CollectBody, { type: T }>;

/** Page URLs are stored up to this length: enough for any real page, bounded for a hostile one. */
export const MAX_STORED_URL = 2048;

/**
 * `https://shop.example.com:8443` from what a person typed, or null when it is not exactly an origin (a path,
 * query, fragment or credentials mean they pasted a page address, which would never match an Origin header).
 * @example normalizeOrigin('HTTPS://Shop.Example.com:443/') // → 'https://shop.example.com'
 */
export function normalizeOrigin(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) return null;
  return url.origin;
}

/** The Origin header in the same normal form as stored origins; null when absent or opaque ("null"). */
export function requestOrigin(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string' || header === 'null') return null;
  return normalizeOrigin(header);
}

/**
 * Gate for a collect request: the workspace must exist (else 404) and list the page's origin (else 403).
 * Returns the origin to echo in Access-Control-Allow-Origin.
 */
export async function checkCollectOrigin(ctx: AppContext, workspaceId: string, originHeader: string | string[] | undefined): Promise<string> {
  if (!isUuid(workspaceId)) throw notFound('Workspace');
  const origin = requestOrigin(originHeader);
  const check = await collectRepository.originCheck(ctx.database.db, workspaceId, origin ?? '');
  if (!check.workspace) throw notFound('Workspace');
  if (!origin) {
    throw new ApiError(403, 'origin_required', 'Tracking data is only taken from web pages: the request has no Origin header. Load /t.js on a page of an allowed site.');
  }
  if (!check.allowed) {
    throw forbidden(`The site ${origin} is not allowed to send tracking data to this workspace. An admin can add it under the workspace's tracking origins (PUT /api/v1/workspaces/{ws}/collect/origins).`);
  }
  return origin;
}

/** Whether a preflight from this origin may proceed: some workspace allows it (the POST is then checked fully). */
export async function preflightAllowed(ctx: AppContext, originHeader: string | string[] | undefined): Promise<string | null> {
  const origin = requestOrigin(originHeader);
  if (!origin) return null;
  return (await collectRepository.anyWorkspaceAllows(ctx.database.db, origin)) ? origin : null;
}

/**
 * The click's link, post, publication and network. Clicks are written in batches up to a second after the
 * redirect, and the landing page's beacon often arrives sooner, so a miss flushes this process's queue and looks
 * again (a click taken by a separate redirect process may still be in flight: the view then keeps the raw cid).
 */
async function resolveClick(ctx: AppContext, workspaceId: string, cid: string | undefined): Promise<Attribution | undefined> {
  if (!cid || !isUuid(cid)) return undefined;
  const db = ctx.database.db;
  const found = await collectRepository.findClick(db, workspaceId, cid);
  if (found || ctx.links.clicks.size === 0) return found;
  await ctx.links.clicks.flush();
  return collectRepository.findClick(db, workspaceId, cid);
}

async function findToken(ctx: AppContext, workspaceId: string, ref: string | undefined): Promise<TokenRow | undefined> {
  return ref ? collectRepository.findToken(ctx.database.db, workspaceId, ref) : undefined;
}

function referrerHost(referrer: string | undefined): string | null {
  if (!referrer) return null;
  try {
    return new URL(referrer).hostname.slice(0, 255) || null;
  } catch {
    return null;
  }
}

export async function recordPageView(ctx: AppContext, workspaceId: string, body: Of<'pageview'>): Promise<void> {
  const click = await resolveClick(ctx, workspaceId, body.cid);
  await collectRepository.insertPageView(ctx.database.db, {
    workspaceId,
    url: body.url.slice(0, MAX_STORED_URL),
    referrerHost: referrerHost(body.referrer),
    clickId: body.cid && isUuid(body.cid) ? body.cid : null,
    ref: body.ref ?? null,
    linkId: click?.linkId ?? null,
    publicationId: click?.publicationId ?? null,
  });
}

/** 12 URL-safe characters (72 random bits): short in a shared URL, unguessable enough that tokens need no secret. */
export function newShareToken(): string {
  return randomBytes(9).toString('base64url');
}

/**
 * Mints the visitor's own token: a child of `parentRef` when that token is this workspace's, else a root for the
 * click `cid`. A parent of another workspace is treated as unknown (nothing of another tenant is linked or revealed).
 */
export async function mintShareToken(ctx: AppContext, workspaceId: string, body: Of<'share_token'>): Promise<string> {
  const parent = await findToken(ctx, workspaceId, body.parentRef);
  const click = await resolveClick(ctx, workspaceId, body.cid);
  const attribution: Attribution | undefined = parent ?? click;
  if (!attribution) {
    if (body.parentRef && !body.cid) {
      throw invalid('unknown_ref', 'This share token is not known in this workspace, and no click id came with it: there is nothing to attribute the visit to.', 'parentRef');
    }
    if (body.cid) throw invalid('unknown_click', 'This click id is not known in this workspace (it may be mistyped or from another workspace).', 'cid');
    throw invalid('nothing_to_attribute', 'A share token needs the click id (cid) or the share token (parentRef) the visitor arrived with.', 'cid');
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    const token = newShareToken();
    const inserted = await collectRepository.insertToken(ctx.database.db, workspaceId, token, parent?.token ?? null, click ? body.cid! : null, attribution);
    if (inserted) return token;
  }
  throw new Error('Could not draw an unused share token in 5 attempts');
}

/**
 * Stores a conversion credited to the most precise thing known: the visitor's own token, else the token they
 * arrived through, else their click. Each carries the link, post, publication and network of its tree's root.
 */
export async function recordConversion(ctx: AppContext, workspaceId: string, body: Of<'conversion'>): Promise<void> {
  if (body.value != null && !body.currency) {
    throw invalid('currency_required', 'A conversion with a value needs its currency (ISO 4217, e.g. "EUR").', 'currency');
  }
  const currency = body.currency ? body.currency.toUpperCase() : null;
  if (currency && !knownCurrencies().has(currency)) {
    throw invalid('unknown_currency', `"${currency}" is not an ISO 4217 currency code (e.g. "EUR", "USD", "JPY").`, 'currency');
  }
  const attribution =
    (await findToken(ctx, workspaceId, body.ownRef)) ?? (await findToken(ctx, workspaceId, body.ref)) ?? (await resolveClick(ctx, workspaceId, body.cid));
  const at = new Date();
  const conversion = {
    workspaceId,
    at,
    name: body.name,
    value: body.value == null ? null : String(body.value),
    currency,
    clickId: body.cid && isUuid(body.cid) ? body.cid : null,
    ref: body.ref ?? null,
    ownRef: body.ownRef ?? null,
    attribution: attribution ?? null,
  };
  await collectRepository.insertConversion(ctx.database.db, conversion, (trx, id) =>
    emitEvent(ctx, trx, workspaceId, 'conversion.created', {
      id,
      name: conversion.name,
      value: conversion.value,
      currency,
      at: at.toISOString(),
      linkId: attribution?.linkId ?? null,
      postId: attribution?.postId ?? null,
      publicationId: attribution?.publicationId ?? null,
      network: attribution?.network ?? null,
    }),
  );
}

let currencies: Set<string> | undefined;
function knownCurrencies(): Set<string> {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies;
}
