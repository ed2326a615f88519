/**
 * Waiting for a network to finish processing an upload (a LinkedIn video, a Threads container, a Pinterest or
 * Snapchat media): ask, and while it is not done wait twice as long as the last time, up to a ceiling. When the
 * next wait would pass the deadline, the attempt ends `transient`, so a later one asks again instead of uploading
 * the media a second time. A refusal (processing failed) is for `isDone` to throw.
 *
 * @example
 * const VIDEO_POLL: PollPolicy = { network: 'linkedin', stillBusy: 'LinkedIn is still processing the video.', firstWaitMs: 2_000, maxWaitMs: 10_000, deadlineMs: 600_000 };
 * await pollUntil(async () => (await videoStatus()) === 'AVAILABLE', VIDEO_POLL, options);
 */
import { NetworkError, type NetworkId } from './connector.js';

/** A network's documented (or measured) processing times. */
export interface PollPolicy {
  network: NetworkId;
  /** The message of the `transient` error once time is up. */
  stillBusy: string;
  firstWaitMs: number;
  /** The longest single wait. */
  maxWaitMs: number;
  /** How long the whole wait may take. */
  deadlineMs: number;
}

/** What a caller (tests, mostly) may change of a policy. */
export interface PollTiming {
  pollIntervalMs?: number | undefined;
  maxProcessingMs?: number | undefined;
  sleep?: ((ms: number) => Promise<void>) | undefined;
}

export const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function pollUntil(isDone: () => Promise<boolean>, policy: PollPolicy, timing: PollTiming = {}): Promise<void> {
  const sleep = timing.sleep ?? defaultSleep;
  const deadline = Date.now() + (timing.maxProcessingMs ?? policy.deadlineMs);
  let wait = timing.pollIntervalMs ?? policy.firstWaitMs;
  while (!(await isDone())) {
    if (Date.now() + wait > deadline) throw new NetworkError('transient', policy.stillBusy, { network: policy.network });
    await sleep(wait);
    wait = Math.min(wait * 2, policy.maxWaitMs);
  }
}
