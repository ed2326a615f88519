/**
 * How many password attempts sign-in takes, and from whom (counts per process: see attempt-limits.ts).
 *
 * - Per client address, every attempt, across emails: stops one machine spraying a common password over many
 *   accounts. Correct sign-ins count too, or an attacker holding one real account could earn back an attempt with
 *   each of its sign-ins; 30 in 10 minutes still lets a whole office behind one address sign in.
 * - Per address and email, every attempt: ten a minute, for the person who mistypes and the script that retries.
 * - Per email, across addresses, failures only (a correct password gives its attempt back, which only the owner of
 *   the password can do): stops a botnet guessing one account from thousands of addresses. Its price: someone
 *   failing on purpose can hold an account's sign-in back for the window; sessions already open are untouched.
 *
 * @example
 *   const limits = new SignInLimits();
 *   await limits.admit(request.ip, email, reply); // throws 429 rate_limited, with Retry-After set
 *   ...verify the password...
 *   await limits.succeeded(email);
 */
import type { FastifyReply } from 'fastify';
import { AttemptLimit, addressKey, tooManyAttempts } from './attempt-limits.js';

export class SignInLimits {
  private readonly perAddress = new AttemptLimit({ attempts: 30, seconds: 600 });
  private readonly perAddressAndEmail = new AttemptLimit({ attempts: 10, seconds: 60 });
  private readonly perEmail = new AttemptLimit({ attempts: 20, seconds: 900 });

  /**
   * Counts an attempt, or refuses it with 429 before any password is hashed. A refused attempt is not counted
   * against the next budgets: an address already refused cannot use up an account's budget.
   */
  async admit(ip: string, email: string, reply: FastifyReply): Promise<void> {
    const address = addressKey(ip);
    const account = normalEmail(email);
    const checks: [AttemptLimit, string, string][] = [
      [this.perAddress, address, 'Too many sign-in attempts from your network.'],
      [this.perAddressAndEmail, `${address}|${account}`, 'Too many sign-in attempts for this email.'],
      [this.perEmail, account, 'Too many failed sign-ins for this account.'],
    ];
    for (const [limit, key, reason] of checks) {
      const wait = await limit.take(key);
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        throw tooManyAttempts(wait, reason);
      }
    }
  }

  /** The password was right: its attempt was no guess against the account. */
  async succeeded(email: string): Promise<void> {
    await this.perEmail.giveBack(normalEmail(email));
  }
}

const normalEmail = (email: string) => email.trim().toLowerCase();
