/**
 * What the composer offers for a TikTok account: `creator_info/query` as it stands now. TikTok's content sharing
 * guidelines (developers.tiktok.com/doc/content-sharing-guidelines) ask apps to show the creator's audiences with
 * none chosen in advance, to disable the interactions the creator turned off, and to refuse videos longer than
 * `max_video_post_duration_sec`; the composer does exactly that with these fields.
 *
 * @example
 * const options = tiktokComposeOptions(await connector.creatorInfo(ctx));
 */
import type { ComposeOptions } from '../connector.js';
import { TIKTOK_MAX_DURATION_SECONDS, type TikTokCreatorInfo } from './rules.js';

export function tiktokComposeOptions(info: TikTokCreatorInfo): ComposeOptions {
  return {
    network: 'tiktok',
    privacyLevelOptions: info.privacyLevelOptions,
    commentDisabled: info.commentDisabled,
    duetDisabled: info.duetDisabled,
    stitchDisabled: info.stitchDisabled,
    maxDurationSeconds: info.maxVideoPostDurationSec ?? TIKTOK_MAX_DURATION_SECONDS,
    creator: info.nickname ?? info.username ?? null,
  };
}
