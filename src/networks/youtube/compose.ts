/**
 * What the composer offers for a YouTube channel: privacy, categories, the channel's "made for kids" setting and the
 * longest video it may upload, from `channels.list?part=status` (1 quota unit).
 *
 * Categories are a fixed list: the assignable categories `videoCategories.list?regionCode=US` returns
 * (developers.google.com/youtube/v3/docs/videoCategories/list). They barely change and are the same ids in every
 * region YouTube lists, so a call per composer visit would spend quota for nothing. 22 (People & Blogs) is the
 * category YouTube gives an upload that names none.
 *
 * Long uploads: "By default, you can upload videos that are up to 15 minutes long. Verified accounts can upload
 * videos longer than 15 minutes" (support.google.com/youtube/answer/71673); `status.longUploadsStatus` is `allowed`
 * once the channel may.
 *
 * @example
 * const options = youtubeComposeOptions(parse(channelStatusSchema, response.body, 'the channel status'));
 */
import { z } from 'zod';
import type { ComposeOptions } from '../connector.js';
import { YOUTUBE_MAX_DURATION_SECONDS, YOUTUBE_MAX_TITLE, YOUTUBE_PRIVACY } from './rules.js';

export const YOUTUBE_CATEGORIES = [
  { id: '1', name: 'Film & Animation' },
  { id: '2', name: 'Autos & Vehicles' },
  { id: '10', name: 'Music' },
  { id: '15', name: 'Pets & Animals' },
  { id: '17', name: 'Sports' },
  { id: '19', name: 'Travel & Events' },
  { id: '20', name: 'Gaming' },
  { id: '22', name: 'People & Blogs' },
  { id: '23', name: 'Comedy' },
  { id: '24', name: 'Entertainment' },
  { id: '25', name: 'News & Politics' },
  { id: '26', name: 'Howto & Style' },
  { id: '27', name: 'Education' },
  { id: '28', name: 'Science & Technology' },
  { id: '29', name: 'Nonprofits & Activism' },
];
export const YOUTUBE_DEFAULT_CATEGORY = '22';
/** Without long uploads allowed, 15 minutes. */
export const YOUTUBE_SHORT_UPLOAD_SECONDS = 15 * 60;

export const channelStatusSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      status: z
        .object({
          privacyStatus: z.string().nullish(),
          longUploadsStatus: z.string().nullish(),
          madeForKids: z.boolean().nullish(),
        })
        .nullish(),
    }),
  ),
});

export function youtubeComposeOptions(answer: z.infer<typeof channelStatusSchema>, channelId: string): ComposeOptions {
  const status = (answer.items.find((c) => c.id === channelId) ?? answer.items[0])?.status;
  const long = status?.longUploadsStatus;
  return {
    network: 'youtube',
    privacyOptions: [...YOUTUBE_PRIVACY],
    // readYouTubeOptions sends public when nothing is chosen; the Data API has no per-channel upload default.
    defaultPrivacy: 'public',
    categories: YOUTUBE_CATEGORIES,
    defaultCategoryId: YOUTUBE_DEFAULT_CATEGORY,
    channelMadeForKids: status?.madeForKids ?? null,
    maxTitleLength: YOUTUBE_MAX_TITLE,
    // Unknown status: YouTube's own ceiling, which the publisher checks anyway.
    maxDurationSeconds: long && long !== 'allowed' ? YOUTUBE_SHORT_UPLOAD_SECONDS : YOUTUBE_MAX_DURATION_SECONDS,
  };
}
