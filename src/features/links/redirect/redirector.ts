/**
 * The redirect hot path, shared by the dedicated `chorus redirect` server and `/l/{code}` on the main server:
 * in-memory cache first, database last; the click is queued after the answer is decided and written in batches.
 * HEAD is answered without counting. Bots are recorded as bots and left out of counts.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { DB } from '../../../db/database.js';
import { AttemptLimit, addressKey, type AttemptBudget } from '../../auth/attempt-limits.js';
import { verifyPassword } from '../../auth/secrets.js';
import { fastDestinationFor } from '../destination.js';
import { linksRepository, type LinkRow } from '../repository.js';
import { statsRepository } from '../stats-repository.js';
import type { ClickRing } from './click-ring.js';
import { LinkCache } from './link-cache.js';
import { expiredLinkPage, pageLanguage, passwordPage, tooManyAttemptsPage, unknownLinkPage } from './pages.js';
import { ArmStatsCache } from './arm-stats-cache.js';
import { pickArm } from '../variants.js';

import type { Visitor } from '../../audience/index.js';

export interface RedirectRequest {
  code: string;
  method: string;
  ip: string;
  userAgent: string;
  acceptLanguage: string;
  referer: string;
  /** The query string of the short URL (conditions may read it), without the leading `?`. */
  query: string;
  trigger: 'link' | 'qr';
  /** For password-protected links: the password sent by the form. */
  password?: string;
  /** The request, for headers other than the three above (a trusted proxy's region header, an A/B cookie). */
  source?: { readonly headers: Readonly<Record<string, string | string[] | undefined>> };
}

export interface RedirectAnswer {
  status: number;
  location?: string;
  html?: string;
  /** A/B links: the visitor's arm, kept on the short domain so a returning visitor sees the same page. */
  setCookie?: string;
  /** A refused password attempt (429): the seconds until the next one is taken. */
  retryAfter?: number;
}

/** How many password attempts a protected link takes (counts per process: see auth/attempt-limits.ts). */
export interface PasswordLimits {
  /** From one client address, across links: a guesser working through a word list. */
  perAddress: AttemptBudget;
  /** On one link, across addresses: the same guesser spread over many machines. */
  perLink: AttemptBudget;
}

/**
 * Ten wrong passwords in ten minutes from one address is more than a person who was told the password types; a
 * guesser gets one a minute. Thirty on one link from everywhere: the visitors who know it give their attempt back.
 */
export const PASSWORD_LIMITS: PasswordLimits = { perAddress: { attempts: 10, seconds: 600 }, perLink: { attempts: 30, seconds: 600 } };

export interface RedirectorDeps {
  db: DB;
  clicks: ClickRing;
  /**
   * Who the visitor is. May hand back the same object for the same address and user agent (it is remembered), but
   * never one object for two different ones: the visitor hash is remembered per object.
   */
  describe(request: RedirectRequest): Visitor;
  /** Index of the first matching rule of the link, or null for its own URL. */
  matchRule(link: LinkRow, visitor: Visitor, now: Date): number | null;
  /** Checks a protected link's password (tests count the hashes); auth's scrypt check by default. */
  verifyPassword?: (password: string, hash: string) => Promise<boolean>;
  passwordLimits?: PasswordLimits;
}

export class Redirector {
  readonly cache: LinkCache;
  /** Today's salt, and the end of its day (ms): the hot path compares numbers instead of formatting dates. */
  private salt: { day: string; value: string; until: number } | null = null;
  /** The clock (tests set it to check time-dependent rules such as climate and local time). */
  clock: () => Date = () => new Date();
  private saltLoading: Promise<void> | null = null;

  readonly armStats: ArmStatsCache;
  private readonly hashes = new WeakMap<Visitor, { salt: string; hash: string }>();
  private readonly passwordTries: { perAddress: AttemptLimit; perLink: AttemptLimit };

  constructor(private readonly deps: RedirectorDeps) {
    this.cache = new LinkCache((code) => linksRepository.findByCode(deps.db, code));
    this.armStats = new ArmStatsCache(deps.db);
    const limits = deps.passwordLimits ?? PASSWORD_LIMITS;
    this.passwordTries = { perAddress: new AttemptLimit(limits.perAddress), perLink: new AttemptLimit(limits.perLink) };
  }

  /**
   * The answer without waiting, when everything it needs is already in memory (the link, today's salt, the arms'
   * numbers, room in the click queue): no promise, no microtask — the common case on a busy link. Otherwise
   * undefined, and `answer()` loads what is missing.
   */
  tryAnswer(request: RedirectRequest): RedirectAnswer | undefined {
    const link = this.cache.peek(request.code);
    if (link === null) return undefined;
    if (link?.password_hash && request.password !== undefined) return undefined;
    if (link?.variants && !this.armStats.peek(link.id)) return undefined;
    const now = this.clock();
    if (!this.saltValidAt(now) || this.deps.clicks.full) return undefined;
    return this.decide(link, request, now, false);
  }

  async answer(request: RedirectRequest): Promise<RedirectAnswer> {
    const fast = this.tryAnswer(request);
    if (fast) return fast;
    const link = await this.cache.get(request.code);
    const now = this.clock();
    let passwordOk = false;
    if (link?.password_hash && request.password !== undefined) {
      const refused = await this.checkPassword(link, request.password, request);
      if (refused) return refused;
      passwordOk = true;
    }
    if (link?.variants) await this.armStats.get(link);
    await this.loadSalt(now);
    // Back-pressure: when the click queue is full, the answer waits for room instead of memory growing.
    while (this.deps.clicks.full) await this.deps.clicks.room();
    return this.decide(link, request, now, passwordOk);
  }

  /**
   * A password attempt on a protected link: counted before the slow hash, so a refused one costs no hash. Undefined
   * when the password is right; else the page to answer (wrong password, or too many attempts).
   */
  private async checkPassword(link: LinkRow, password: string, request: RedirectRequest): Promise<RedirectAnswer | undefined> {
    const wait = (await this.passwordTries.perAddress.take(addressKey(request.ip))) || (await this.passwordTries.perLink.take(link.id));
    if (wait > 0) return { status: 429, html: tooManyAttemptsPage(wait, request.acceptLanguage), retryAfter: wait };
    if (!(await (this.deps.verifyPassword ?? verifyPassword)(password, link.password_hash!))) return { status: 401, html: passwordPage(true, pageLanguage(request.acceptLanguage)) };
    // Knowing the password is no guess: the link's budget is for guesses. The address's is not given back, or a
    // guesser could earn attempts on this link by opening a link of their own whose password they know.
    await this.passwordTries.perLink.giveBack(link.id);
    return undefined;
  }

  /** Everything needed is in memory here: link, salt, arm numbers. */
  private decide(link: LinkRow | undefined, request: RedirectRequest, now: Date, passwordOk: boolean): RedirectAnswer {
    if (!link) return { status: 404, html: unknownLinkPage(pageLanguage(request.acceptLanguage)) };
    if (link.archived_at || (link.expires_at && link.expires_at <= now)) {
      return { status: 410, html: expiredLinkPage(pageLanguage(request.acceptLanguage)) };
    }
    if (link.password_hash && !passwordOk) return { status: 200, html: passwordPage(false, pageLanguage(request.acceptLanguage)) };
    const visitor = this.deps.describe(request);
    const ruleIndex = link.rules.length > 0 ? this.deps.matchRule(link, visitor, now) : null;
    let target = ruleIndex === null ? link.url : (link.rules[ruleIndex]?.url ?? link.url);
    // Rules speak for known audiences; everyone else is split between the A/B arms, if the link has them.
    let variant: string | null = null;
    let setCookie: string | undefined;
    if (ruleIndex === null && link.variants) {
      const cookieName = `chorus_ab_${link.code}`;
      const sticky = readCookie(request.source?.headers.cookie, cookieName);
      const arm = pickArm(link.variants, this.armStats.peek(link.id) ?? new Map(), sticky);
      target = arm.url;
      variant = arm.id;
      if (arm.id !== sticky) setCookie = `${cookieName}=${arm.id}; Max-Age=2592000; Path=/${link.code}; HttpOnly; SameSite=Lax`;
    }
    const addId = link.add_click_id && !visitor.isBot;
    if (request.method === 'HEAD') return { status: 302, location: fastDestinationFor(target, link.utm, addId ? randomUUID() : null) };
    if (variant && !visitor.isBot) this.armStats.countVisit(link.id, variant);
    const clickId = this.deps.clicks.push({
      atMs: now.getTime(),
      link,
      visitor,
      visitorHash: this.visitorHash(visitor, request),
      referrerHost: referrerHost(request.referer),
      trigger: request.trigger,
      ruleIndex,
      variant,
    });
    const location = fastDestinationFor(target, link.utm, addId ? clickId : null);
    return setCookie ? { status: 302, location, setCookie } : { status: 302, location };
  }

  /**
   * The salted daily hash of IP + user agent. `describe` hands back the same Visitor object for the same address and
   * user agent, so the hash is remembered per object (and per salt): SHA-256 on every click was ~3% of the CPU.
   */
  private visitorHash(visitor: Visitor, request: RedirectRequest): string {
    const salt = this.salt!.value;
    const hit = this.hashes.get(visitor);
    if (hit && hit.salt === salt) return hit.hash;
    const hash = createHash('sha256').update(`${salt}|${request.ip}|${request.userAgent}`).digest('base64url').slice(0, 22);
    this.hashes.set(visitor, { salt, hash });
    return hash;
  }

  private saltValidAt(now: Date): boolean {
    const t = now.getTime();
    return this.salt !== null && t < this.salt.until && t >= this.salt.until - 86_400_000;
  }

  /** Today's salt for the visitor hash (a salted daily hash of IP + user agent: uniques without keeping the IP). */
  private async loadSalt(now: Date): Promise<void> {
    const day = dayOf(now);
    if (this.saltValidAt(now)) return;
    this.saltLoading ??= statsRepository
      .saltFor(this.deps.db, day)
      .then((value) => {
        this.salt = { day, value, until: Date.parse(`${day}T00:00:00Z`) + 86_400_000 };
      })
      .finally(() => {
        this.saltLoading = null;
      });
    await this.saltLoading;
  }
}

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

function readCookie(header: string | string[] | undefined, name: string): string | undefined {
  const raw = Array.isArray(header) ? header.join('; ') : header;
  if (!raw) return undefined;
  for (const part of raw.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

const referrerHosts = new Map<string, string | null>();

/** The referring page's host. Parsing a URL per click is costly and visitors come from a few pages: remembered. */
function referrerHost(referer: string): string | null {
  if (!referer) return null;
  const known = referrerHosts.get(referer);
  if (known !== undefined) return known;
  let host: string | null;
  try {
    host = new URL(referer).hostname.toLowerCase() || null;
  } catch {
    host = null;
  }
  if (referrerHosts.size >= 10_000) referrerHosts.clear();
  referrerHosts.set(referer, host);
  return host;
}
