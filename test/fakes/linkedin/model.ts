/**
 * The fake LinkedIn's data, its error bodies, and how it reads "little" text. Written from the docs on purpose, not
 * imported from the connector, so a mistake in the connector's escaping is not mirrored here.
 */
import type { FakeResponse } from './server.js';

export interface Member { id: string; name: string }
export interface Organization {
  id: string;
  name: string;
  vanityName: string;
  admins: Set<string>;
  followers?: Followers;
  /** Its follower count (networkSizes `firstDegreeSize`); else the sum of its followers by country. */
  followerCount?: number;
  /** What its posts made each day, for time-bound share statistics. */
  daily?: { impressions: number; uniqueImpressions: number };
}
/** A page's followers by facet value (`urn:li:geo:…`, `urn:li:seniority:…`, `SIZE_11_TO_50`…), as its statistics report them. */
export interface Followers {
  byGeoCountry?: Record<string, number>;
  bySeniority?: Record<string, number>;
  byIndustry?: Record<string, number>;
  byStaffCountRange?: Record<string, number>;
}
export interface Token { memberId: string; scopes: string[]; expiresAt: number }
export interface Image { urn: string; owner: string; uploaded: boolean; uploadKey: string }
import type { OrderedHash } from '../upload-bytes.js';

export interface Video {
  urn: string;
  owner: string;
  size: number;
  uploadToken: string;
  parts: { key: string; first: number; last: number; etag: string | null }[];
  /** The parts' bytes hashed in order as they arrive (never kept), and the file's sha256 once finalized. */
  bytes: OrderedHash;
  sha256: string | null;
  replaced: boolean;
  status: 'WAITING_UPLOAD' | 'PROCESSING' | 'AVAILABLE' | 'PROCESSING_FAILED';
  pollsLeft: number;
}
export interface Post {
  urn: string;
  author: string;
  commentary: string;
  /** The text as LinkedIn shows it after reading the little format (cut at an unescaped reserved character). */
  rendered: string;
  body: Record<string, unknown>;
  createdAt: number;
  stats: { impressionCount: number; uniqueImpressionsCount: number; clickCount: number; likeCount: number; commentCount: number; shareCount: number };
  likes: number;
}
export interface Comment { id: string; postUrn: string; actor: string; text: string; parentComment: string | null; created: number }

/** REST error body (`{ status, code, message }`, learn.microsoft.com/linkedin/shared/api-guide/concepts/error-handling). */
export const restError = (status: number, code: string, message: string, extra: Record<string, unknown> = {}): FakeResponse => ({
  status,
  body: { status, code, message, ...extra },
});

/** Posts API schema validation: `{"message":"ERROR :: /field :: reason\n","status":422}`. */
export const schemaError = (problems: string[]): FakeResponse => ({
  status: 422,
  body: { message: problems.map((p) => `ERROR :: ${p}\n`).join(''), status: 422 },
});

export const RESERVED = new Set(['\\', '|', '{', '}', '@', '[', ']', '(', ')', '<', '>', '#', '*', '_', '~']);

/**
 * Reads commentary the way LinkedIn's little format does (…/shares/little-text-format): `\x` is a literal x, a link is
 * kept, `#word` is a hashtag, `@[Name](urn:li:…)` is a mention. Any other reserved character is markup LinkedIn can't
 * read: the text stops there, which is the silent truncation people report when they forget to escape.
 */
export function renderLittle(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const ch = text[i] ?? '';
    if (ch === '\\' && RESERVED.has(text[i + 1] ?? '')) {
      out += text[i + 1];
      i += 2;
      continue;
    }
    const link = /^https?:\/\/[^\s\\]+/.exec(rest);
    if (link && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? '')) {
      out += link[0];
      i += link[0].length;
      continue;
    }
    const hashtag = /^#[\p{L}\p{N}_]+/u.exec(rest);
    if (hashtag && !/[\p{L}\p{N}_&]/u.test(text[i - 1] ?? '')) {
      out += hashtag[0];
      i += hashtag[0].length;
      continue;
    }
    const mention = /^@\[([^\]]+)\]\((urn:li:(?:person|organization):[^)]+)\)/.exec(rest);
    if (mention) {
      out += mention[1];
      i += mention[0].length;
      continue;
    }
    if (RESERVED.has(ch)) break;
    out += ch;
    i++;
  }
  return out;
}
