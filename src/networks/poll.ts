/**
 * Waiting for a network to finish processing an upload (a LinkedIn video, a Threads container, a Pinterest or
 * Snapchat media): ask, and while it is not done wait twice as long as the last time, up to a ceiling. When the
 * next wait would pass the deadline, the attempt ends `transient`, so a later one asks again instead of uploading
 * the media a second time. A refusal (processing failed) is for `isDone` to throw.
 *
 * @example
 * await pollUntil(async () => (await status()) === 'AVAILABLE', {
 *   network: 'linkedin', stillBusy: 'LinkedIn is still processing the video; Chorus will try again later.',
 *   firstWaitMs: 2_000, maxWaitMs: 10_000, deadlineMs: 10 * 60_000,
 * });
 */
import { NetworkError, type NetworkId } from './connector.js';

export interface PollSettings {
  network: NetworkId;
  /** The message of the `transient` error once time is up. */
  stillBusy: string;
  firstWaitMs: number;
  /** The longest single wait. */
  maxWaitMs: number;
  /** How long the whole wait may take. */
  deadlineMs: number;
  /** Tests pass their own. */
  sleep?: ((ms: number) => Promise<void>) | undefined;
}

export const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function pollUntil(isDone: () => Promise<boolean>, settings: PollSettings): Promise<void> {
  const sleep = settings.sleep ?? defaultSleep;
  const deadline = Date.now() + settings.deadlineMs;
  let wait = settings.firstWaitMs;
  while (!(await isDone())) {
    if (Date.now() + wait > deadline) throw new NetworkError('transient', settings.stillBusy, { network: settings.network });
    await sleep(wait);
    wait = Math.min(wait * 2, settings.maxWaitMs);
  }
}
