/**
 * Budgets of attempts at guessing a secret: sign-in passwords, invite tokens, short-link passwords. Each attempt is
 * counted before the slow password hash, so a refused attempt costs the server nothing but a map lookup, and forty
 * requests sent at once are counted one by one (the count is taken synchronously when the request arrives).
 *
 * The counts live in this process's memory. Several API processes behind a balancer each keep their own, so an
 * attacker spread over them gets the budget once per process; the budgets below are small enough that a few times
 * each still stops spraying. A shared store was weighed and left out: the embedded database (PGlite) serves one
 * process anyway, and on PostgreSQL every attempt, refused ones included, would become a write on the hot table an
 * attacker is hammering — the very load these limits exist to shed.
 *
 * @example
 *   const perAddress = new AttemptLimit({ attempts: 30, seconds: 600 });
 *   const wait = await perAddress.take(addressKey(request.ip));
 *   if (wait > 0) throw tooManyAttempts(wait, 'Too many sign-in attempts from your network.');
 */
import { isIPv6 } from 'node:net';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { ApiError } from '../../core/errors.js';

export interface AttemptBudget {
  /** Attempts allowed in one window. */
  attempts: number;
  /** Length of the window, from the first attempt in it. */
  seconds: number;
}

/** One budget, counted per key (an address, an email, a link). */
export class AttemptLimit {
  private readonly limiter: RateLimiterMemory;

  constructor(budget: AttemptBudget) {
    this.limiter = new RateLimiterMemory({ points: budget.attempts, duration: budget.seconds });
  }

  /** Counts one attempt. Resolves to 0 when it is within the budget, else to the whole seconds until the window ends. */
  async take(key: string): Promise<number> {
    try {
      await this.limiter.consume(key);
      return 0;
    } catch (refused) {
      if (refused instanceof RateLimiterRes) return Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
      throw refused;
    }
  }

  /** Gives one attempt back: for an attempt that proved the secret was known, so it was no guess. */
  async giveBack(key: string): Promise<void> {
    await this.limiter.reward(key, 1);
  }
}

/**
 * The key of a client address. IPv4 as it is (an IPv4-mapped IPv6 address as its IPv4 form); IPv6 by its /64,
 * because one machine is routinely given a whole /64 and could otherwise take a fresh address for every attempt.
 */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!isIPv6(ip)) return ip;
  // An embedded IPv4 tail (a.b.c.d) fills the last two groups, outside the /64: it only counts as two.
  const split = (part: string) => (part ? part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group])) : []);
  const [head = '', tail = ''] = ip.split('%')[0]!.split('::');
  const left = split(head);
  const right = split(tail);
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

/** "45 seconds", "1 minute", "10 minutes": a wait as a person reads it (rounded up to whole minutes past one). */
export function waitInWords(seconds: number, language: 'en' | 'fr' = 'en'): string {
  if (seconds < 60) return language === 'fr' ? `${seconds} seconde${seconds > 1 ? 's' : ''}` : `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** The documented 429 answer: `rate_limited`, saying how long to wait. The route also sends `Retry-After`. */
export function tooManyAttempts(seconds: number, reason = 'Too many attempts.'): ApiError {
  return new ApiError(429, 'rate_limited', `${reason} Try again in ${waitInWords(seconds)}.`);
}
