/**
 * Fixed-window request counting, as the networks' rate limits describe it: a window opens at a key's first request,
 * lasts `ms`, and counts every request in it; the next request after it ends opens a new one. What a key is (a user
 * and a route, a token, the app), how many a window allows and what a refusal looks like stay with each fake.
 *
 * @example
 * const windows = new FixedWindows(15 * 60 * 1000);
 * const window = windows.hit(`${userId} POST /2/tweets`);
 * if (window.count > 100) return tooManyRequests(window.resetAt);
 */

export interface Window {
  /** Requests in this window, this one included. */
  count: number;
  /** When the window ends (epoch milliseconds). */
  resetAt: number;
}

export class FixedWindows {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly ms: number) {}

  /** Counts a request against `key`'s current window (opening a new one when the last has ended) and returns it. */
  hit(key: string): Window {
    let window = this.windows.get(key);
    if (!window || window.resetAt <= Date.now()) this.windows.set(key, (window = { count: 0, resetAt: Date.now() + this.ms }));
    window.count++;
    return window;
  }
}
