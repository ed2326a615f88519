/**
 * The fake Pinterest's v5 routes: user account, boards, Pins, video media and Pin analytics. Rules and shapes from
 * developers.pinterest.com/docs/api/v5/ — user_account/get, boards/list (`page_size` 1–250, `bookmark`),
 * boards/create (name, privacy PUBLIC|PROTECTED|SECRET), pins/create (board_id and media_source required, title
 * ≤ 100, description ≤ 500, alt_text ≤ 500, link ≤ 2048, media sources image_url | multiple_image_urls (2–5) |
 * video_id), pins/list, pins/delete (204), pins/analytics (start_date no more than 90 days back, end_date after it,
 * metric_types required), media/create (`media_type: video` → upload_url and upload_parameters) and media/get
 * (registered → processing → succeeded | failed). Errors are `{code, message}`.
 */
import { MultipartError, MultipartSummary } from './multipart.js';
import type { FakeResponse } from './server.js';

export interface User {
  id: string;
  username: string;
  businessName: string;
  /** `follower_count` / `following_count` (0 unless a test sets them) and the impressions of each day's analytics. */
  followers?: number;
  following?: number;
  dailyImpressions?: number;
}

/** user_account/analytics metric types (the reference's `metric_types` enum, the organic ones). */
const ACCOUNT_METRICS = new Set(['ALL', 'IMPRESSION', 'ENGAGEMENT', 'ENGAGEMENT_RATE', 'PIN_CLICK', 'PIN_CLICK_RATE', 'OUTBOUND_CLICK', 'OUTBOUND_CLICK_RATE', 'SAVE', 'SAVE_RATE', 'TOTAL_AUDIENCE', 'ENGAGED_AUDIENCE', 'PROFILE_VISIT', 'USER_FOLLOW', 'VIDEO_MRC_VIEW']);

/** The analytics endpoints' dates: both required as YYYY-MM-DD, the start at most 90 days back, the end after it. */
function dateRange(url: URL): { end: string; startMs: number; endMs: number } | FakeResponse {
  const dateOk = (v: string | null): v is string => v !== null && /^\d{4}-\d\d-\d\d$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
  const start = url.searchParams.get('start_date');
  const end = url.searchParams.get('end_date');
  if (!dateOk(start) || !dateOk(end)) return invalid('start_date and end_date are required, as YYYY-MM-DD.');
  const today = Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const startMs = Date.parse(`${start}T00:00:00Z`);
  const endMs = Date.parse(`${end}T00:00:00Z`);
  if (today - startMs > 90 * 86_400_000) return invalid('start_date cannot be more than 90 days back from today.');
  if (endMs < startMs || endMs - startMs > 90 * 86_400_000) return invalid('end_date must be on or after start_date and within 90 days of it.');
  return { end, startMs, endMs };
}

export interface Board {
  id: string;
  ownerId: string;
  name: string;
  description: string;
  privacy: string;
}

export interface Pin {
  id: string;
  ownerId: string;
  boardId: string;
  createdAt: Date;
  title: string | null;
  description: string | null;
  link: string | null;
  altText: string | null;
  dominantColor: string | null;
  mediaSource: Record<string, unknown>;
  metrics: Record<string, number>;
}

export interface Media {
  id: string;
  ownerId: string;
  uploadParameters: Record<string, string>;
  uploadedBytes: number | null;
  /** sha256 of the uploaded file, hashed as it streamed in. */
  sha256?: string;
  /** GET answers `processing` this many more times after the upload before the end state. */
  pollsLeft: number;
  fail: boolean;
  usedBy: string | null;
}

export interface State {
  users: Map<string, User>;
  boards: Map<string, Board>;
  pins: Map<string, Pin>;
  media: Map<string, Media>;
  nextId(): string;
  bucketUrl(): string;
  videoProcessingPolls: number;
  failProcessing: boolean;
}

export const invalid = (message: string, code = 1): FakeResponse => ({ status: 400, body: { code, message } });
const notFound = (what: string): FakeResponse => ({ status: 404, body: { code: 50, message: `${what} not found.` } });
const ok = (body: unknown, status = 200): FakeResponse => ({ status, body });
const isHttp = (value: unknown): boolean => typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value);
const length = (value: string): number => [...value].length;
const METRICS = new Set(['IMPRESSION', 'SAVE', 'PIN_CLICK', 'OUTBOUND_CLICK', 'VIDEO_MRC_VIEW', 'VIDEO_AVG_WATCH_TIME', 'VIDEO_V50_WATCH_TIME', 'QUARTILE_95_PERCENT_VIEW', 'VIDEO_10S_VIEW', 'VIDEO_START', 'TOTAL_COMMENTS', 'TOTAL_REACTIONS', 'OUTBOUND_CLICK_RATE', 'PIN_CLICK_RATE', 'SAVE_RATE', 'PROFILE_VISIT', 'USER_FOLLOW', 'ALL']);

function pageSize(url: URL): number | FakeResponse {
  const raw = url.searchParams.get('page_size');
  if (raw === null) return 25;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 250 ? n : invalid(`page_size must be between 1 and 250, got ${raw}.`);
}

function page<T>(items: T[], url: URL): FakeResponse {
  const size = pageSize(url);
  if (typeof size !== 'number') return size;
  const offset = Number(url.searchParams.get('bookmark') ?? 0) || 0;
  const next = offset + size < items.length ? String(offset + size) : null;
  return ok({ items: items.slice(offset, offset + size), bookmark: next });
}

export const renderPin = (p: Pin) => ({
  id: p.id,
  created_at: p.createdAt.toISOString().replace(/\.\d{3}Z$/, ''),
  link: p.link,
  title: p.title,
  description: p.description,
  dominant_color: p.dominantColor,
  alt_text: p.altText,
  board_id: p.boardId,
  board_section_id: null,
  board_owner: { username: '' },
  is_owner: true,
  media: { media_type: p.mediaSource['source_type'] === 'video_id' ? 'video' : p.mediaSource['source_type'] === 'multiple_image_urls' ? 'multiple_images' : 'image' },
  parent_pin_id: null,
  is_standard: true,
  has_been_promoted: false,
  note: null,
  pin_metrics: null,
});

const renderBoard = (b: Board, owner: User | undefined) => ({
  id: b.id,
  name: b.name,
  description: b.description,
  owner: { username: owner?.username ?? '' },
  privacy: b.privacy,
  pin_count: 0,
  follower_count: 0,
});

export function createHandlers(s: State) {
  /** Why this media source cannot make a Pin, or null. */
  const mediaSourceError = (me: User, source: unknown): string | null => {
    if (!source || typeof source !== 'object') return 'media_source is required: Pins are created from an image or a video.';
    const src = source as Record<string, unknown>;
    switch (src['source_type']) {
      case 'image_url':
        return isHttp(src['url']) ? null : 'media_source.url must be a valid http(s) URL.';
      case 'multiple_image_urls': {
        const items = src['items'];
        if (!Array.isArray(items) || items.length < 2 || items.length > 5) return 'media_source.items must hold 2 to 5 images.';
        return items.every((i) => i && typeof i === 'object' && isHttp((i as Record<string, unknown>)['url'])) ? null : 'Every carousel item needs a valid url.';
      }
      case 'video_id': {
        const media = s.media.get(String(src['media_id'] ?? ''));
        if (!media || media.ownerId !== me.id) return 'media_source.media_id is not a media upload of this account.';
        if (media.uploadedBytes === null || media.pollsLeft > 0 || media.fail) return 'The video is not ready: its media status must be succeeded.';
        if (media.usedBy) return 'This media_id was already used for a Pin.';
        const hasCover = isHttp(src['cover_image_url']) || typeof src['cover_image_key_frame_time'] === 'number' || typeof src['cover_image_data'] === 'string';
        return hasCover ? null : 'A video Pin needs cover_image_url, cover_image_data or cover_image_key_frame_time.';
      }
      default:
        return `media_source.source_type ${String(src['source_type'])} is not supported.`;
    }
  };

  const fieldError = (b: Record<string, unknown>): string | null => {
    const limits: [string, number][] = [['title', 100], ['description', 500], ['alt_text', 500], ['link', 2048]];
    for (const [key, max] of limits) {
      const value = b[key];
      if (value === undefined || value === null) continue;
      if (typeof value !== 'string') return `${key} must be a string.`;
      if (length(value) > max) return `${key} must be at most ${max} characters.`;
    }
    if (b['link'] && !isHttp(b['link'])) return 'link must be a valid http(s) URL.';
    if (b['dominant_color'] !== undefined && !/^#[0-9a-fA-F]{6}$/.test(String(b['dominant_color']))) return 'dominant_color must be a hex color like #6E7874.';
    return null;
  };

  return {
    userAccount: (me: User): FakeResponse =>
      ok({
        account_type: 'BUSINESS',
        id: me.id,
        username: me.username,
        business_name: me.businessName,
        profile_image: `https://i.pinimg.com/600x600/${me.id}.jpg`,
        website_url: null,
        board_count: [...s.boards.values()].filter((b) => b.ownerId === me.id).length,
        pin_count: [...s.pins.values()].filter((p) => p.ownerId === me.id).length,
        follower_count: me.followers ?? 0,
        following_count: me.following ?? 0,
        monthly_views: (me.dailyImpressions ?? 0) * 30,
      }),

    /** user_account/analytics: the account's metrics per day of the range (`metric_types` optional: all of them). */
    accountAnalytics(me: User, url: URL): FakeResponse {
      const range = dateRange(url);
      if ('status' in range) return range;
      const types = (url.searchParams.get('metric_types') ?? 'ALL').split(',').filter(Boolean);
      if (types.some((t) => !ACCOUNT_METRICS.has(t))) return invalid(`metric_types must be a list of: ${[...ACCOUNT_METRICS].join(', ')}.`);
      const wanted = types.includes('ALL') ? [...ACCOUNT_METRICS].filter((m) => m !== 'ALL') : types;
      const today = new Date().toISOString().slice(0, 10);
      const days: { date: string; data_status: string; metrics: Record<string, number> }[] = [];
      for (let ms = range.startMs; ms <= range.endMs; ms += 86_400_000) {
        const date = new Date(ms).toISOString().slice(0, 10);
        // Today's figures are still being counted.
        days.push({ date, data_status: date === today ? 'PROCESSING' : 'READY', metrics: Object.fromEntries(wanted.map((m) => [m, m === 'IMPRESSION' ? (me.dailyImpressions ?? 0) : 0])) });
      }
      const summary = Object.fromEntries(wanted.map((m) => [m, days.reduce((sum, d) => sum + (d.metrics[m] ?? 0), 0)]));
      return ok({ all: { daily_metrics: days, summary_metrics: summary } });
    },

    listBoards: (me: User, url: URL): FakeResponse =>
      page([...s.boards.values()].filter((b) => b.ownerId === me.id).map((b) => renderBoard(b, me)), url),

    createBoard(me: User, body: unknown): FakeResponse {
      const b = (body ?? {}) as Record<string, unknown>;
      if (typeof b['name'] !== 'string' || !b['name'].trim() || length(b['name']) > 50) return invalid('name is required (1 to 50 characters).');
      if (b['privacy'] !== undefined && !['PUBLIC', 'PROTECTED', 'SECRET'].includes(String(b['privacy']))) return invalid('privacy must be PUBLIC, PROTECTED or SECRET.');
      if ([...s.boards.values()].some((x) => x.ownerId === me.id && x.name === b['name'])) return { status: 409, body: { code: 58, message: 'You already have a board with this name.' } };
      const board: Board = { id: s.nextId(), ownerId: me.id, name: b['name'], description: String(b['description'] ?? ''), privacy: String(b['privacy'] ?? 'PUBLIC') };
      s.boards.set(board.id, board);
      return ok(renderBoard(board, me), 201);
    },

    createPin(me: User, body: unknown): FakeResponse {
      if (!body || typeof body !== 'object') return invalid('The request body must be JSON.');
      const b = body as Record<string, unknown>;
      const board = s.boards.get(String(b['board_id'] ?? ''));
      if (!b['board_id']) return invalid('board_id is required.');
      if (!board) return notFound('Board');
      if (board.ownerId !== me.id) return { status: 403, body: { code: 29, message: 'You are not permitted to access that resource.' } };
      const problem = fieldError(b) ?? mediaSourceError(me, b['media_source']);
      if (problem) return invalid(problem);
      const source = b['media_source'] as Record<string, unknown>;
      const pin: Pin = {
        id: s.nextId(), ownerId: me.id, boardId: board.id, createdAt: new Date(), title: (b['title'] as string | undefined) ?? null,
        description: (b['description'] as string | undefined) ?? null, link: (b['link'] as string | undefined) ?? null,
        altText: (b['alt_text'] as string | undefined) ?? null, dominantColor: (b['dominant_color'] as string | undefined) ?? null,
        mediaSource: source, metrics: {},
      };
      if (source['source_type'] === 'video_id') {
        const media = s.media.get(String(source['media_id']));
        if (media) media.usedBy = pin.id;
      }
      s.pins.set(pin.id, pin);
      return ok(renderPin(pin), 201);
    },

    listPins(me: User, url: URL): FakeResponse {
      const own = [...s.pins.values()].filter((p) => p.ownerId === me.id).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || Number(b.id) - Number(a.id));
      return page(own.map(renderPin), url);
    },

    deletePin(me: User, id: string): FakeResponse {
      const pin = s.pins.get(id);
      if (!pin || pin.ownerId !== me.id) return notFound('Pin');
      s.pins.delete(id);
      return { status: 204 };
    },

    analytics(me: User, id: string, url: URL): FakeResponse {
      const pin = s.pins.get(id);
      if (!pin || pin.ownerId !== me.id) return notFound('Pin');
      const range = dateRange(url);
      if ('status' in range) return range;
      const end = range.end;
      const types = (url.searchParams.get('metric_types') ?? '').split(',').filter(Boolean);
      if (types.length === 0 || types.some((t) => !METRICS.has(t))) return invalid(`metric_types must be a list of: ${[...METRICS].join(', ')}.`);
      const wanted = types.includes('ALL') ? [...METRICS].filter((m) => m !== 'ALL') : types;
      const summary = Object.fromEntries(wanted.map((m) => [m, pin.metrics[m] ?? 0]));
      return ok({ all: { daily_metrics: [{ date: end, data_status: 'READY', metrics: summary }], summary_metrics: summary, lifetime_metrics: summary } });
    },

    registerMedia(me: User, body: unknown): FakeResponse {
      const b = (body ?? {}) as Record<string, unknown>;
      if (b['media_type'] !== 'video') return invalid('media_type must be video.');
      const id = s.nextId();
      const uploadParameters = {
        'x-amz-date': '20260101T000000Z', 'x-amz-signature': `sig-${id}`, 'x-amz-security-token': `tok-${id}`, 'x-amz-algorithm': 'AWS4-HMAC-SHA256',
        key: `uploads/${id}.mp4`, policy: Buffer.from(`policy-${id}`).toString('base64'), 'x-amz-credential': 'AKIA/20260101/us-east-1/s3/aws4_request', 'Content-Type': 'multipart/form-data',
      };
      s.media.set(id, { id, ownerId: me.id, uploadParameters, uploadedBytes: null, pollsLeft: s.videoProcessingPolls, fail: s.failProcessing, usedBy: null });
      return ok({ media_id: id, media_type: 'video', upload_url: `${s.bucketUrl()}/upload-bucket/`, upload_parameters: uploadParameters }, 201);
    },

    mediaStatus(me: User, id: string): FakeResponse {
      const media = s.media.get(id);
      if (!media || media.ownerId !== me.id) return notFound('Media');
      let status = 'registered';
      if (media.uploadedBytes !== null) {
        if (media.pollsLeft > 0) {
          media.pollsLeft--;
          status = 'processing';
        } else status = media.fail ? 'failed' : 'succeeded';
      }
      return ok({ media_id: id, media_type: 'video', status });
    },

    /**
     * The S3 browser POST behind `upload_url`: every upload parameter as a field with the value given, the file last,
     * no other credentials (S3 refuses a request carrying two authentication mechanisms), and a `Content-Length`
     * (S3 answers 411 MissingContentLength to a chunked POST). The file is hashed as it streams, never kept.
     */
    s3Upload(headers: Record<string, string | string[] | undefined>, body: unknown): FakeResponse {
      const xml = (status: number, code: string, message: string): FakeResponse => ({ status, xml: `<Error><Code>${code}</Code><Message>${message}</Message></Error>` });
      if (headers['authorization']) return xml(400, 'InvalidArgument', 'Only one auth mechanism allowed');
      if (headers['content-length'] === undefined) return xml(411, 'MissingContentLength', 'You must provide the Content-Length HTTP header.');
      if (body instanceof MultipartError) return xml(400, 'MalformedPOSTRequest', `The body of your POST request is not well-formed multipart/form-data. ${body.message}`);
      if (!(body instanceof MultipartSummary)) return xml(400, 'InvalidRequest', 'POST requires multipart/form-data');
      const key = body.fields.get('key');
      const media = [...s.media.values()].find((m) => m.uploadParameters['key'] === key);
      if (!media) return xml(403, 'AccessDenied', 'Invalid according to Policy');
      for (const [name, value] of Object.entries(media.uploadParameters)) {
        if (body.fields.get(name) !== value) return xml(403, 'AccessDenied', `Invalid according to Policy: ${name}`);
      }
      const file = body.files.find((f) => f.name === 'file');
      if (!file || body.files.length !== 1 || body.order.at(-1) !== 'file') return xml(400, 'InvalidArgument', 'The file must be the last field');
      media.uploadedBytes = file.size;
      media.sha256 = file.sha256;
      return { status: 204 };
    },
  };
}
