/**
 * After the bytes are in, YouTube processes the video: `status.uploadStatus` goes `uploaded` → `processed`, or ends
 * in `failed` (with `failureReason`) or `rejected` (with `rejectionReason`), developers.google.com/youtube/v3/docs/videos
 * ("status.uploadStatus"). The connector polls `videos.list?part=status` (1 unit each) with a growing delay: YouTube
 * gives no hint of how long, and a long video takes minutes. A video still processing after the last poll is left
 * to finish: it is on the channel and goes live by itself; only failure and rejection fail the publication.
 */
import { NetworkError } from '../connector.js';
import type { YouTubeResponse } from './client.js';
import { parse, videoListSchema } from './mapping.js';
import { defaultSleep } from '../poll.js';

export interface ProcessingOptions {
  /** Polls before leaving the video to finish on its own (default 6: about 5 minutes in all). */
  maxPolls?: number;
  /** First wait; doubles each poll up to 2 minutes (default 10 s). */
  firstDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** developers.google.com/youtube/v3/docs/videos#status.failureReason and #status.rejectionReason, in words. */
const REASONS: Record<string, string> = {
  codec: 'its codec is not supported',
  conversion: 'YouTube could not convert it',
  emptyFile: 'the file is empty',
  invalidFile: 'the file is not a video YouTube can read',
  tooSmall: 'the file is too small',
  uploadAborted: 'the upload was aborted',
  claim: 'of a copyright claim',
  copyright: 'of a copyright infringement',
  duplicate: 'it duplicates a video already on the channel',
  inappropriate: 'it is inappropriate',
  legal: 'of a legal reason',
  length: 'it is too long for this channel (verify the account to upload videos over 15 minutes)',
  termsOfUse: 'it breaks YouTube\'s terms of use',
  trademark: 'of a trademark infringement',
  uploaderAccountClosed: 'the channel is closed',
  uploaderAccountSuspended: 'the channel is suspended',
};

export async function waitUntilProcessed(videoId: string, poll: () => Promise<YouTubeResponse>, options: ProcessingOptions = {}): Promise<void> {
  const sleep = options.sleep ?? defaultSleep;
  let delay = options.firstDelayMs ?? 10_000;
  const polls = options.maxPolls ?? 6;
  for (let i = 0; i < polls; i++) {
    const video = parse(videoListSchema, (await poll()).body, 'the video status').items[0];
    if (!video) throw new NetworkError('not_found', `YouTube no longer has the video ${videoId} that was just uploaded.`, { network: 'youtube' });
    const status = video.status;
    if (status?.uploadStatus === 'processed') return;
    if (status?.uploadStatus === 'failed' || status?.uploadStatus === 'rejected' || status?.uploadStatus === 'deleted') {
      const code = status.failureReason ?? status.rejectionReason ?? '';
      const why = REASONS[code] ?? (code || 'no reason given');
      const verb = status.uploadStatus === 'rejected' ? 'rejected the video because' : 'could not process the video:';
      throw new NetworkError('rejected', `YouTube ${verb} ${why}.`, { network: 'youtube' });
    }
    if (i === polls - 1) return;
    await sleep(delay);
    delay = Math.min(delay * 2, 120_000);
  }
}
