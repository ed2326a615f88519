/**
 * Media uploads (learn.microsoft.com/linkedin/marketing/community-management/shares/images-api and .../videos-api):
 * an image is `initializeUpload` then one PUT of the bytes to `uploadUrl`; a video is `initializeUpload` with its size,
 * one PUT per `uploadInstructions` part (keeping each part's `ETag`), then `finalizeUpload` with the ETags in order,
 * after which LinkedIn processes it until its status is AVAILABLE.
 */
import { mediaBytes, NetworkError, type MediaForNetwork } from '../connector.js';
import { pollUntil, type PollPolicy } from '../poll.js';
import { encodeUrn, errorFromResponse, parse, type LinkedInClient } from './client.js';
import { imageUploadSchema, videoStatusSchema, videoUploadSchema } from './mapping.js';

export interface UploadOptions {
  /** First wait between video status checks; doubles up to 10 s. */
  pollIntervalMs?: number;
  /** Give up (transient, the publisher retries later) after this long. */
  maxProcessingMs?: number;
  sleep?: (ms: number) => Promise<void>;
  uploadTimeoutMs?: number;
}


/** Image uploads carry the bearer token as the docs' example does; video part URLs are pre-signed and sent without it. */
async function put(client: LinkedInClient, url: string, bytes: Uint8Array, options: UploadOptions, anonymous: boolean): Promise<Headers> {
  const response = await client.send('PUT', url, { bytes, anonymous, timeoutMs: options.uploadTimeoutMs ?? 120_000 });
  if (response.status < 200 || response.status >= 300) throw errorFromResponse(response.status, response.headers, response.body);
  return response.headers;
}

/**
 * Uploads one image owned by `owner` (the post's author) and returns its `urn:li:image:…`. An image is one PUT of
 * at most the rules' image limit (tens of MB), so it is read whole; videos below go part by part.
 */
export async function uploadImage(client: LinkedInClient, owner: string, media: MediaForNetwork, options: UploadOptions = {}): Promise<string> {
  const init = await client.request('POST', '/rest/images?action=initializeUpload', { json: { initializeUploadRequest: { owner } } });
  const { uploadUrl, image } = parse(imageUploadSchema, init.body, 'the image upload').value;
  await put(client, uploadUrl, await media.read(), options, false);
  return image;
}

/**
 * Uploads one video owned by `owner`, waits until LinkedIn can post it, and returns its `urn:li:video:…`. Each part
 * (4 MB in LinkedIn's instructions) is read from the media store when its turn comes: a 500 MB video is never held.
 */
export async function uploadVideo(client: LinkedInClient, owner: string, media: MediaForNetwork, options: UploadOptions = {}): Promise<string> {
  const bytes = mediaBytes(media);
  const init = await client.request('POST', '/rest/videos?action=initializeUpload', {
    json: { initializeUploadRequest: { owner, fileSizeBytes: bytes.size, uploadCaptions: false, uploadThumbnail: false } },
  });
  const { video, uploadToken, uploadInstructions } = parse(videoUploadSchema, init.body, 'the video upload').value;
  const etags: string[] = [];
  // In order: finalizeUpload wants the part ids in the order of the instructions.
  for (const part of uploadInstructions) {
    if (part.firstByte < 0 || part.lastByte < part.firstByte || part.lastByte >= bytes.size) {
      throw new NetworkError('transient', `LinkedIn asked for bytes ${part.firstByte}-${part.lastByte} of a ${bytes.size}-byte video; Chorus will start the upload again.`, { network: 'linkedin' });
    }
    const headers = await put(client, part.uploadUrl, await bytes.slice(part.firstByte, part.lastByte + 1), options, true);
    const etag = headers.get('etag');
    if (!etag) throw new NetworkError('transient', 'LinkedIn accepted a video part without an ETag; Chorus will upload again.', { network: 'linkedin' });
    etags.push(etag);
  }
  await client.request('POST', '/rest/videos?action=finalizeUpload', {
    json: { finalizeUploadRequest: { video, uploadToken: uploadToken ?? '', uploadedPartIds: etags } },
  });
  await waitUntilAvailable(client, video, options);
  return video;
}

/** Processing is asked about after 2 s, then at most every 10 s, for 10 minutes. */
const VIDEO_PROCESSING: PollPolicy = {
  network: 'linkedin',
  stillBusy: 'LinkedIn is still processing the video; Chorus will try again later.',
  firstWaitMs: 2_000,
  maxWaitMs: 10_000,
  deadlineMs: 10 * 60_000,
};

async function waitUntilAvailable(client: LinkedInClient, video: string, options: UploadOptions): Promise<void> {
  const isAvailable = async (): Promise<boolean> => {
    const response = await client.request('GET', `/rest/videos/${encodeUrn(video)}`);
    const { status } = parse(videoStatusSchema, response.body, 'the video status');
    if (status === 'PROCESSING_FAILED') {
      throw new NetworkError('rejected', 'LinkedIn could not process the video. Check it is an MP4 between 3 seconds and 30 minutes.', { network: 'linkedin' });
    }
    return status === 'AVAILABLE';
  };
  await pollUntil(isAvailable, VIDEO_PROCESSING, options);
}
