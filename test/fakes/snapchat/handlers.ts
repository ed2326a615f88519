/**
 * The fake Snap Public Profile API: profiles, the encrypted multipart media upload, Stories, Saved Stories,
 * Spotlights and their stats. Documented rules (developers.snap.com/api/marketing-api/Public-Profile-API/…):
 * Introduction (the three content types, Spotlight video only), ProfileAssetManagement (Create Media with type, name,
 * base64 key of 32 bytes and IV of 16, AES-256-CBC encrypted file, parts of at most 32 MB, the container lives 24
 * hours, one video or image per container), Marketing API envelope and error body (`request_status: ERROR`,
 * `debug_message`, `display_message`, `error_code`), Metrics (Profile Stats by `assetType`, `granularity` and its time
 * window, a field the asset type lacks refused). Every other shape is marked ASSUMPTION in mapping.ts of the
 * connector and mirrored here: media status, post answers and lists, delete, the stats answer, posting constraints.
 */
import { createDecipheriv, createHash, randomUUID } from 'node:crypto';
import { InOrder } from '../upload-bytes.js';
import type { FakeResponse } from './server.js';

export interface Profile {
  id: string;
  ownerId: string | null;
  orgId: string | null;
  displayName: string;
  handle: string;
  /** The profile's SUBSCRIBERS stat (0 unless a test sets it). */
  subscribers?: number;
}
export interface Media {
  id: string; profileId: string; name: string; type: 'IMAGE' | 'VIDEO'; key: Buffer; iv: Buffer; createdAt: number;
  /** Size and sha256 of each encrypted part received; the bytes go through `plain` and are not kept. */
  parts: Map<number, { size: number; sha256: string }>; plain: Decrypting; finalized: boolean; pollsLeft: number; failed: boolean; postedAs: string | null;
  /** sha256 of the decrypted file once finalized; null when a part was replaced after it was decrypted. */
  sha256?: string | null;
}
export interface Post { id: string; kind: 'story' | 'saved_story' | 'spotlight'; profileId: string; mediaId: string; title: string | null; description: string | null; locale: string | null; createdAt: Date; stats: Record<string, number> }
export interface State {
  profiles: Map<string, Profile>; media: Map<string, Media>; posts: Map<string, Post>; orgMembers: Map<string, { name: string; members: Set<string> }>;
  videoProcessingPolls: number;
}

const MB = 1024 * 1024;
const DAY_MS = 86_400_000;
/**
 * The fields of each `assetType` of Profile Stats (developers.snap.com/api/marketing-api/Public-Profile-API/Metrics
 * documents the asset types and that a field the type lacks is refused; ASSUMPTION: which fields each type has, the
 * page's metrics table being past the stored copy; Snapchat's in-app insights show these per Story and Spotlight).
 */
const STAT_FIELDS: Record<string, readonly string[]> = {
  PROFILE: ['SUBSCRIBERS'],
  STORY: ['VIEWS', 'VIEWERS', 'SCREENSHOTS', 'SHARES', 'AVG_VIEW_TIME_MILLIS'],
  SAVED_STORY: ['VIEWS', 'VIEWERS', 'SCREENSHOTS', 'SHARES', 'AVG_VIEW_TIME_MILLIS'],
  LENS: ['VIEWS', 'SHARES'],
  SPOTLIGHT: ['VIEWS', 'VIEWERS', 'SHARES', 'FAVORITES'],
};
const ASSET_KIND: Record<string, Post['kind'] | null> = { PROFILE: null, STORY: 'story', SAVED_STORY: 'saved_story', LENS: null, SPOTLIGHT: 'spotlight' };
/** The Metrics page's time format (UTC, midnight) and window (the past 90 days). */
const STATS_TIME = /^\d{4}-\d{2}-\d{2}T00:00:00$/;
export const COLLECTIONS = { stories: 'story', saved_stories: 'saved_story', spotlights: 'spotlight' } as const;

const rid = () => randomUUID().replace(/-/g, '');
export const snapError = (status: number, errorCode: string, message: string): FakeResponse => ({
  status, body: { request_status: 'ERROR', request_id: rid(), debug_message: message, display_message: message, error_code: errorCode },
});
const success = (body: Record<string, unknown>, status = 200): FakeResponse => ({ status, body: { request_status: 'SUCCESS', request_id: rid(), ...body } });
const renderProfile = (p: Profile) => ({ id: p.id, display_name: p.displayName, snap_user_name: p.handle, logo_urls: { original_logo_url: `https://cf-st.sc-cdn.net/${p.id}.png` } });
const renderMedia = (m: Media) => ({
  sub_request_status: 'SUCCESS',
  media: { id: m.id, name: m.name, type: m.type, media_status: !m.finalized ? 'PENDING_UPLOAD' : m.pollsLeft > 0 ? 'PROCESSING' : m.failed ? 'FAILED' : 'READY' },
});

/** AES-256-CBC decryption of the parts in order (the fake never holds the whole file), hashing the plain bytes. */
export interface Decrypting {
  parts: InOrder;
  replaced: boolean;
  /** The first bytes (for `looksLike`) and the sha256 of the plain file; null when it does not decrypt. */
  finish(): { head: Buffer; sha256: string | null } | null;
}

function decrypting(key: Buffer, iv: Buffer): Decrypting {
  const decipher = createDecipheriv('aes-256-cbc', key, iv);
  const hash = createHash('sha256');
  let head = Buffer.alloc(0);
  let broken = false;
  const take = (plain: Buffer): void => {
    if (head.length < 16) head = Buffer.concat([head, plain.subarray(0, 16 - head.length)]);
    hash.update(plain);
  };
  const state: Decrypting = {
    replaced: false,
    parts: new InOrder(1, (part) => {
      try {
        take(decipher.update(part));
      } catch {
        broken = true;
      }
    }),
    finish() {
      if (broken || state.parts.waiting > 0) return null;
      try {
        take(decipher.final());
      } catch {
        return null;
      }
      return { head, sha256: state.replaced ? null : hash.digest('hex') };
    },
  };
  return state;
}

/** What a decrypted file must start with: an MP4 `ftyp` box, or JPEG / PNG magic bytes. */
function looksLike(type: Media['type'], bytes: Buffer): boolean {
  if (type === 'VIDEO') return bytes.subarray(4, 8).toString('latin1') === 'ftyp';
  return bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])) || bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
}

export function createHandlers(s: State) {
  const base64Of = (value: unknown, length: number): Buffer | null => {
    if (typeof value !== 'string' || !/^[A-Za-z0-9+/]+=*$/.test(value)) return null;
    const bytes = Buffer.from(value, 'base64');
    return bytes.length === length ? bytes : null;
  };

  /** A media this profile may post now: READY, unexpired, never posted. */
  const usable = (profileId: string, mediaId: unknown): Media | FakeResponse => {
    const m = s.media.get(String(mediaId ?? ''));
    if (!m || m.profileId !== profileId) return snapError(400, 'INVALID_MEDIA', `media_id ${String(mediaId)} is not a media of this profile`);
    if (Date.now() - m.createdAt > DAY_MS) return snapError(400, 'MEDIA_EXPIRED', 'The media expired 24 hours after creation');
    if (!m.finalized) return snapError(400, 'MEDIA_NOT_UPLOADED', 'The media upload was not finalized');
    if (m.pollsLeft > 0) return snapError(400, 'MEDIA_PROCESSING', 'The media is still being processed');
    if (m.failed) return snapError(400, 'INVALID_MEDIA', 'The media failed processing');
    if (m.postedAs) return snapError(400, 'MEDIA_POSTING_ALREADY_IN_PROGRESS', 'This media was already posted');
    return m;
  };

  const addPost = (profileId: string, kind: Post['kind'], m: Media, extra: Partial<Post>): Post => {
    const p: Post = { id: randomUUID(), kind, profileId, mediaId: m.id, title: null, description: null, locale: null, createdAt: new Date(), stats: {}, ...extra };
    m.postedAs = p.id;
    s.posts.set(p.id, p);
    return p;
  };

  return {
    profile: (p: Profile) => success({ public_profiles: [{ sub_request_status: 'SUCCESS', public_profile: renderProfile(p) }] }),
    profiles: (list: Profile[]) => success({ public_profiles: list.map((p) => ({ sub_request_status: 'SUCCESS', public_profile: renderProfile(p) })) }),
    organizations: (userId: string) =>
      success({ organizations: [...s.orgMembers].filter(([, o]) => o.members.has(userId)).map(([id, o]) => ({ sub_request_status: 'SUCCESS', organization: { id, name: o.name } })) }),

    createMedia(profileId: string, body: unknown): FakeResponse {
      const b = (body ?? {}) as Record<string, unknown>;
      if (b['type'] !== 'IMAGE' && b['type'] !== 'VIDEO') return snapError(400, 'INVALID_REQUEST', 'type must be IMAGE or VIDEO');
      if (typeof b['name'] !== 'string' || !b['name'].trim()) return snapError(400, 'INVALID_REQUEST', 'name is required');
      const key = base64Of(b['key'], 32);
      const iv = base64Of(b['iv'], 16);
      if (!key || !iv) return snapError(400, 'INVALID_REQUEST', 'key must be a base64 32-byte AES key and iv a base64 16-byte IV');
      const id = randomUUID();
      s.media.set(id, { id, profileId, name: b['name'], type: b['type'], key, iv, createdAt: Date.now(), parts: new Map(), plain: decrypting(key, iv), finalized: false, pollsLeft: s.videoProcessingPolls, failed: false, postedAs: null });
      const path = `/v1/public_profiles/${profileId}/media/${id}/multipart-upload-v2`;
      return success({ media_id: id, add_path: `${path}?action=ADD`, finalize_path: `${path}?action=FINALIZE` });
    },

    /** The multipart upload: `action` in the form must match the path's; parts numbered 1–35, at most 32 MB each. */
    async upload(profileId: string, mediaId: string, url: URL, body: unknown): Promise<FakeResponse> {
      const m = s.media.get(mediaId);
      if (!m || m.profileId !== profileId) return snapError(404, 'NOT_FOUND', 'No such media');
      if (!(body instanceof FormData)) return snapError(400, 'INVALID_REQUEST', 'The upload must be multipart/form-data');
      const action = body.get('action');
      if (action !== url.searchParams.get('action')) return snapError(400, 'INVALID_REQUEST', 'action does not match the upload path');
      if (m.finalized) return snapError(400, 'INVALID_REQUEST', 'The upload is already finalized');
      if (action === 'ADD') {
        const part = Number(body.get('part_number'));
        const file = body.get('file');
        if (!Number.isInteger(part) || part < 1 || part > 35) return snapError(400, 'INVALID_REQUEST', 'part_number must be from 1 to 35');
        if (!(file instanceof Blob)) return snapError(400, 'INVALID_REQUEST', 'file is required');
        if (file.size > 32 * MB) return snapError(400, 'INVALID_REQUEST', 'A part may not exceed 32 MB');
        // A part sent again (a retry) replaces the earlier copy of the same number. Parts are decrypted in order
        // as they come; one sent again with other bytes after it was decrypted leaves the fake unable to vouch.
        const bytes = Buffer.from(await file.arrayBuffer());
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        if (!m.plain.parts.add(part, bytes) && m.parts.get(part)?.sha256 !== sha256) m.plain.replaced = true;
        m.parts.set(part, { size: bytes.length, sha256 });
        return success({});
      }
      if (action !== 'FINALIZE') return snapError(400, 'INVALID_REQUEST', 'action must be ADD or FINALIZE');
      const numbers = [...m.parts.keys()].sort((a, b) => a - b);
      if (numbers.length === 0 || numbers.some((n, i) => n !== i + 1)) return snapError(400, 'INVALID_REQUEST', `Parts must be numbered 1 to N without gaps; received ${numbers.join(',')}`);
      if (m.plain.parts.bytes > 1024 * MB) return snapError(400, 'INVALID_REQUEST', 'Media may not exceed 1 GB');
      const plain = m.plain.finish();
      if (!plain) return snapError(400, 'INVALID_MEDIA', 'The media could not be decrypted with the key and iv given at creation');
      m.finalized = true;
      // A file that is not what `type` says fails processing, as Snap's transcoder would.
      m.failed = !looksLike(m.type, plain.head);
      m.sha256 = plain.sha256;
      return success({ media_id: m.id });
    },

    mediaStatus(m: Media | undefined, profileId: string): FakeResponse {
      if (!m || m.profileId !== profileId) return snapError(404, 'NOT_FOUND', 'No such media');
      const answer = success({ media: [renderMedia(m)] });
      // Each look while processing brings it one step closer to READY (or FAILED).
      if (m.finalized && m.pollsLeft > 0) m.pollsLeft--;
      return answer;
    },
    listMedia: (profileId: string) =>
      success({ media: [...s.media.values()].filter((m) => m.profileId === profileId && Date.now() - m.createdAt <= DAY_MS).map(renderMedia) }),

    story(profileId: string, body: unknown): FakeResponse {
      const m = usable(profileId, (body as Record<string, unknown> | null)?.['media_id']);
      if ('status' in m) return m;
      return success({ story_id: addPost(profileId, 'story', m, {}).id });
    },

    savedStory(profileId: string, body: unknown): FakeResponse {
      const items = (body as { saved_stories?: unknown } | null)?.saved_stories;
      if (!Array.isArray(items) || items.length !== 1) return snapError(400, 'INVALID_REQUEST', 'saved_stories must hold one saved story');
      const item = items[0] as { title?: unknown; snap_sources?: unknown };
      if (typeof item.title !== 'string' || !item.title.trim() || [...item.title].length > 45) return snapError(400, 'INVALID_REQUEST', 'title is required, up to 45 characters');
      const sources = item.snap_sources;
      if (!Array.isArray(sources) || sources.length !== 1) return snapError(400, 'INVALID_REQUEST', 'snap_sources must hold one media');
      const m = usable(profileId, (sources[0] as Record<string, unknown>)['media_id']);
      if ('status' in m) return m;
      const post = addPost(profileId, 'saved_story', m, { title: item.title });
      return success({ saved_stories: [{ sub_request_status: 'SUCCESS', saved_story: { id: post.id, title: post.title } }] });
    },

    spotlight(profileId: string, body: unknown): FakeResponse {
      const b = (body ?? {}) as Record<string, unknown>;
      const m = usable(profileId, b['media_id']);
      if ('status' in m) return m;
      if (m.type !== 'VIDEO') return snapError(400, 'INVALID_MEDIA', 'Spotlight accepts video media only');
      if (typeof b['locale'] !== 'string' || !/^[a-z]{2}_[A-Z]{2}$/.test(b['locale'])) return snapError(400, 'INVALID_REQUEST', 'locale is required, e.g. en_US');
      if (b['description'] !== undefined && (typeof b['description'] !== 'string' || [...b['description']].length > 160)) return snapError(400, 'INVALID_REQUEST', 'description may have up to 160 characters including hashtags');
      if (b['skip_save_to_profile'] !== undefined && typeof b['skip_save_to_profile'] !== 'boolean') return snapError(400, 'INVALID_REQUEST', 'skip_save_to_profile must be a boolean');
      return success({ spotlight_id: addPost(profileId, 'spotlight', m, { description: (b['description'] as string | undefined) ?? '', locale: b['locale'] }).id });
    },

    list(profileId: string, collection: keyof typeof COLLECTIONS): FakeResponse {
      const kind = COLLECTIONS[collection];
      const key = collection === 'stories' ? 'story' : collection === 'saved_stories' ? 'saved_story' : 'spotlight';
      const visible = [...s.posts.values()].filter((p) => p.profileId === profileId && p.kind === kind && (kind !== 'story' || Date.now() - p.createdAt.getTime() <= DAY_MS));
      const render = (p: Post) => ({ id: p.id, created_at: p.createdAt.toISOString(), ...(kind === 'saved_story' ? { title: p.title, snap_sources: [{ media_id: p.mediaId }] } : { media_id: p.mediaId }) });
      return success({ [collection]: visible.map((p) => ({ sub_request_status: 'SUCCESS', [key]: render(p) })) });
    },

    remove(profileId: string, collection: keyof typeof COLLECTIONS, id: string): FakeResponse {
      const p = s.posts.get(id);
      if (!p || p.profileId !== profileId || p.kind !== COLLECTIONS[collection]) return snapError(404, 'NOT_FOUND', 'No such post');
      s.posts.delete(id);
      return success({});
    },

    /** Profile Stats: every asset of `assetType` under the profile, LIFETIME unless a DAY/TOTAL window is given. */
    stats(profile: Profile, url: URL): FakeResponse {
      const q = (name: string) => url.searchParams.get(name);
      const assetType = q('assetType') ?? 'PROFILE';
      const known = STAT_FIELDS[assetType];
      if (!known) return snapError(400, 'INVALID_REQUEST', `assetType must be one of ${Object.keys(STAT_FIELDS).join(', ')}`);
      const granularity = q('granularity') ?? 'LIFETIME';
      if (!['DAY', 'TOTAL', 'LIFETIME'].includes(granularity)) return snapError(400, 'INVALID_REQUEST', 'granularity must be DAY, TOTAL or LIFETIME');
      if (granularity !== 'LIFETIME') {
        const start = q('startTime') ?? '';
        const end = q('endTime') ?? '';
        if (!STATS_TIME.test(start) || !STATS_TIME.test(end)) return snapError(400, 'INVALID_REQUEST', 'startTime and endTime are required as yyyy-mm-ddT00:00:00 unless granularity is LIFETIME');
        const [from, to] = [Date.parse(`${start}Z`), Date.parse(`${end}Z`)];
        if (!(to > from) || from < Date.now() - 90 * DAY_MS) return snapError(400, 'INVALID_REQUEST', 'startTime and endTime must be within the past 90 days, endTime after startTime');
      }
      const asked = q('fields')?.split(',').filter(Boolean) ?? [...known];
      const unknown = asked.filter((f) => !known.includes(f));
      if (unknown.length > 0) return snapError(400, 'INVALID_REQUEST', `${unknown.join(', ')} not available for asset type ${assetType}`);
      const kind = ASSET_KIND[assetType];
      const assets: Array<{ id: string; createdAt: Date; stats: Record<string, number> }> =
        assetType === 'PROFILE' ? [{ id: profile.id, createdAt: new Date(0), stats: { SUBSCRIBERS: profile.subscribers ?? 0 } }] : kind ? [...s.posts.values()].filter((p) => p.profileId === profile.id && p.kind === kind) : [];
      const render = (a: (typeof assets)[number]) => ({
        asset_id: a.id,
        timeseries: [
          {
            start_time: a.createdAt.toISOString(),
            end_time: new Date().toISOString(),
            fields: asked.map((f) => ({ field: { field_name: f }, stats: [{ dimension_breakdown: 'DEFAULT', value: String(a.stats[f] ?? 0) }] })),
          },
        ],
      });
      return success({ assets: assets.map(render) });
    },
  };
}
