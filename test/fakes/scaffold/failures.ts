/**
 * Failure injection for the fakes: the next request (or the next N) whose method and path match gets a given
 * answer instead of the real one, so a test can play a 500, a throttle or a cut connection at one exact step.
 *
 * @example
 * failures.add(/\/2\/tweets$/, { status: 503, body: { title: 'Service Unavailable' } }, { method: 'POST', skip: 1 });
 */

export interface FailureOptions {
  /** Only requests with this method; any method when absent. */
  method?: string;
  /** Let this many matching requests through first. */
  skip?: number;
  /** How many matching requests get the answer (default 1). */
  times?: number;
}

interface Pending<R> {
  method: string | null;
  pattern: RegExp;
  response: R;
  skip: number;
  times: number;
}

export class FailureQueue<R> {
  private readonly pending: Pending<R>[] = [];

  add(pattern: RegExp, response: R, options: FailureOptions = {}): void {
    this.pending.push({ method: options.method ?? null, pattern, response, skip: options.skip ?? 0, times: options.times ?? 1 });
  }

  /** The injected answer for this request, if one is due; counts it against `skip` and `times`. */
  take(method: string, target: string): R | undefined {
    const found = this.pending.find((f) => (f.method === null || f.method === method) && f.pattern.test(target));
    if (!found) return undefined;
    if (found.skip > 0) {
      found.skip--;
      return undefined;
    }
    if (--found.times <= 0) this.pending.splice(this.pending.indexOf(found), 1);
    return found.response;
  }

  get size(): number {
    return this.pending.length;
  }
}
