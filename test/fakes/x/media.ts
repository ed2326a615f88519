/**
 * The fake X's v2 media upload: initialize → append → finalize → STATUS, and metadata (alt text). Limits and enums
 * from docs.x.com/x-api/media/initialize-media-upload (media_type, media_category, total_bytes),
 * …/append-media-upload (segment_index 0–999, `media` file), …/finalize-media-upload (`processing_info` only for
 * asynchronous kinds), …/get-media-upload-status, …/create-media-metadata (alt text ≤ 1000) and
 * …/media/introduction (image 5 MB, GIF 15 MB, video 512 MB).
 */
import { OrderedHash } from '../upload-bytes.js';
import type { Upload } from './model.js';
import type { FakeResponse } from './server.js';

const MB = 1024 * 1024;
/** APPEND: `media` "must be <= 5 MB" (…/media/upload-media/api-reference/post-media-upload-append). */
const MAX_SEGMENT_BYTES = 5 * MB;
const MEDIA_TYPES = new Set(['video/mp4', 'video/webm', 'video/mp2t', 'video/quicktime', 'text/srt', 'text/vtt', 'image/jpeg', 'image/gif', 'image/bmp', 'image/png', 'image/webp', 'image/pjpeg', 'image/tiff', 'model/gltf-binary', 'model/vnd.usdz+zip']);
/** Post images: "Supported image media types: JPG, PNG, GIF, WEBP" (…/media/quickstart/best-practices). */
const POST_IMAGE_TYPES = new Set(['image/jpeg', 'image/pjpeg', 'image/png', 'image/gif', 'image/webp']);
const CATEGORY_LIMITS: Record<string, { prefix: string; maxBytes: number }> = {
  tweet_image: { prefix: 'image/', maxBytes: 5 * MB },
  tweet_gif: { prefix: 'image/gif', maxBytes: 15 * MB },
  tweet_video: { prefix: 'video/', maxBytes: 512 * MB },
  amplify_video: { prefix: 'video/', maxBytes: 512 * MB },
  dm_image: { prefix: 'image/', maxBytes: 5 * MB },
  dm_gif: { prefix: 'image/gif', maxBytes: 15 * MB },
  dm_video: { prefix: 'video/', maxBytes: 512 * MB },
  subtitles: { prefix: 'text/', maxBytes: MB },
};

export interface MediaState {
  uploads: Map<string, Upload>;
  nextId(): string;
  videoProcessingPolls: number;
  failProcessing: boolean;
}

export const invalidRequest = (message: string, parameter = 'body'): FakeResponse => ({
  status: 400,
  body: {
    errors: [{ parameters: { [parameter]: [] }, message }],
    title: 'Invalid Request',
    detail: 'One or more parameters to your request was invalid.',
    type: 'https://api.twitter.com/2/problems/invalid-request',
  },
});

const asynchronous = (u: Upload): boolean => u.category === 'tweet_gif' || u.category.endsWith('video');

function processingInfo(u: Upload): Record<string, unknown> | undefined {
  if (!asynchronous(u)) return undefined;
  if (u.failReason) return { state: 'failed', progress_percent: 100, error: { code: 1, name: 'InvalidMedia', message: u.failReason } };
  if (u.pollsLeft > 0) return { state: u.pollsLeft > 1 ? 'pending' : 'in_progress', check_after_secs: 1, progress_percent: u.pollsLeft > 1 ? 0 : 50 };
  return { state: 'succeeded', progress_percent: 100 };
}

const render = (u: Upload): Record<string, unknown> => ({
  data: { id: u.id, media_key: `${u.category.endsWith('video') ? 7 : u.category === 'tweet_gif' ? 16 : 3}_${u.id}`, size: u.totalBytes, expires_after_secs: 86_400, ...(processingInfo(u) ? { processing_info: processingInfo(u) } : {}) },
});

export function createMediaHandlers(s: MediaState) {
  const own = (userId: string, id: string | undefined): Upload | FakeResponse => {
    const upload = id ? s.uploads.get(id) : undefined;
    return upload && upload.ownerId === userId ? upload : invalidRequest(`Media id ${id ?? ''} is not valid.`, 'id');
  };

  return {
    initialize(userId: string, body: unknown): FakeResponse {
      const b = (body ?? {}) as Record<string, unknown>;
      const type = String(b['media_type'] ?? '');
      const total = b['total_bytes'];
      if (!MEDIA_TYPES.has(type)) return invalidRequest(`The \`media_type\` query parameter value [${type}] is not one of [${[...MEDIA_TYPES].join(',')}]`, 'media_type');
      if (typeof total !== 'number' || !Number.isInteger(total) || total < 0 || total > 17_179_869_184) return invalidRequest('total_bytes must be an integer from 0 to 17179869184', 'total_bytes');
      // "If media category is not specified, the uploaded media is assumed to be media for a Post" by content type.
      const category = String(b['media_category'] ?? (type === 'image/gif' ? 'tweet_gif' : type.startsWith('video/') ? 'tweet_video' : 'tweet_image'));
      const limits = CATEGORY_LIMITS[category];
      if (!limits) return invalidRequest(`Unknown media_category ${category}`, 'media_category');
      if (!type.startsWith(limits.prefix)) return invalidRequest(`media_type ${type} does not match media_category ${category}`, 'media_category');
      if (category === 'tweet_image' && !POST_IMAGE_TYPES.has(type)) return invalidRequest(`media_type ${type} is not supported for media_category ${category}`, 'media_type');
      if (total > limits.maxBytes) return invalidRequest(`File size exceeds ${limits.maxBytes} bytes.`, 'total_bytes');
      const id = s.nextId();
      const upload: Upload = {
        id, ownerId: userId, mediaType: type, category, totalBytes: total, received: new Map(), bytes: new OrderedHash(0), sha256: null, replaced: false, finalized: false,
        pollsLeft: s.videoProcessingPolls, failReason: s.failProcessing ? 'Invalid or Unsupported media, Reason: UnsupportedMedia.' : null, altText: null, attached: false,
      };
      s.uploads.set(id, upload);
      return { status: 200, body: { data: { id, media_key: `3_${id}`, expires_after_secs: 86_400 } } };
    },

    async append(userId: string, id: string, body: unknown): Promise<FakeResponse> {
      const upload = own(userId, id);
      if ('status' in upload) return upload;
      if (upload.finalized) return invalidRequest('Segments cannot be appended after FINALIZE.', 'id');
      if (!(body instanceof FormData)) return invalidRequest('The request must be multipart/form-data.');
      const index = Number(body.get('segment_index'));
      const media = body.get('media');
      if (!Number.isInteger(index) || index < 0 || index > 999) return invalidRequest('segment_index must be from 0 to 999.', 'segment_index');
      if (!(media instanceof Blob)) return invalidRequest('The `media` file is required.', 'media');
      if (media.size > MAX_SEGMENT_BYTES) return invalidRequest(`media must be <= ${MAX_SEGMENT_BYTES} bytes.`, 'media');
      upload.received.set(index, media.size);
      // A segment sent again after it was hashed would replace bytes X keeps: the fake can no longer vouch for them.
      if (!upload.bytes.add(index, Buffer.from(await media.arrayBuffer()))) upload.replaced = true;
      return { status: 200, body: { data: { expires_at: Math.floor(Date.now() / 1000) + 86_400 } } };
    },

    finalize(userId: string, id: string): FakeResponse {
      const upload = own(userId, id);
      if ('status' in upload) return upload;
      const received = [...upload.received.values()].reduce((a, b) => a + b, 0);
      const indexes = [...upload.received.keys()].sort((a, b) => a - b);
      if (received !== upload.totalBytes || indexes.some((v, i) => v !== i)) {
        return invalidRequest(`File size mismatch: expected ${upload.totalBytes} bytes, received ${received} in ${indexes.length} segments.`, 'id');
      }
      upload.finalized = true;
      upload.sha256 = upload.replaced || upload.bytes.bytes !== received ? null : upload.bytes.digest();
      return { status: 200, body: render(upload) };
    },

    status(userId: string, url: URL): FakeResponse {
      if (url.searchParams.get('command') !== 'STATUS') return invalidRequest('command must be STATUS', 'command');
      const upload = own(userId, url.searchParams.get('media_id') ?? undefined);
      if ('status' in upload) return upload;
      if (!upload.finalized) return invalidRequest('The upload has not been finalized.', 'media_id');
      if (upload.pollsLeft > 0) upload.pollsLeft--;
      return { status: 200, body: render(upload) };
    },

    metadata(userId: string, body: unknown): FakeResponse {
      const b = (body ?? {}) as { id?: unknown; metadata?: { alt_text?: { text?: unknown } } };
      const upload = own(userId, typeof b.id === 'string' ? b.id : undefined);
      if ('status' in upload) return upload;
      const text = b.metadata?.alt_text?.text;
      if (typeof text !== 'string' || [...text].length > 1000) return invalidRequest('alt_text.text must be a string of at most 1000 characters.', 'metadata');
      upload.altText = text;
      return { status: 200, body: { data: { id: upload.id, associated_metadata: { alt_text: { text } } } } };
    },

    /** Why these media cannot go on a post, or null (used by POST /2/tweets). */
    attachError(userId: string, ids: string[]): string | null {
      const uploads = ids.map((id) => s.uploads.get(id));
      if (uploads.some((u) => !u || u.ownerId !== userId || !u.finalized || u.attached)) return 'Your media IDs are invalid.';
      if (uploads.some((u) => u && asynchronous(u) && (u.pollsLeft > 0 || u.failReason))) return 'Your media IDs are invalid.';
      const exclusive = uploads.filter((u) => u && asynchronous(u));
      if (exclusive.length > 0 && uploads.length > 1) return 'Your media IDs are invalid.';
      return null;
    },
  };
}
