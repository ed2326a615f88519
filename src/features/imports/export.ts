/**
 * `GET …/posts.csv`: the workspace's drafts, posts waiting for approval and scheduled posts in Chorus's own import
 * format (formats/chorus.ts), so a file exported here imports again as it is. Cells are written safe to open in a
 * spreadsheet (analytics/csv.ts: a leading = + - @ gets an apostrophe); the import takes that apostrophe off again.
 * What the format cannot say is left out: variants for one channel (the import names its channels) and media of
 * variants.
 */
import type { AppContext } from '../../core/context.js';
import type { PostVariantRow } from '../../db/schema.js';
import { toCsv, type CsvCell } from '../analytics/csv.js';
import { campaignsRepository } from '../campaigns/repository.js';
import { postsRepository, type PostRow } from '../posts/repository.js';
import { wallClock } from '../posts/schedule.js';
import { segmentsRepository } from '../segments/repository.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { CHORUS_COLUMNS } from './formats/chorus.js';
import { withLink } from './formats/types.js';

const EXPORTED = new Set(['draft', 'pending_approval', 'scheduled']);
const MAX_POSTS = 5000;

function whenOf(post: PostRow): { date: string; time: string } | null {
  if (post.scheduled_local) return post.scheduled_local;
  const local = wallClock(post.scheduled_at, post.timezone);
  return local ? { date: local.slice(0, 10), time: local.slice(11, 16) } : null;
}

/** Variant columns: `text:<network>` for a network's text, `text@<segment>` for a segment's. */
function variantCells(variants: PostVariantRow[], segmentName: (id: string) => string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const v of variants) {
    if (v.channelId || v.text === undefined) continue;
    if (v.segmentId && !v.network) {
      const name = segmentName(v.segmentId);
      if (name) out.set(`text@${name}`, withLink(v.text, v.url ?? ''));
    } else if (v.network && !v.segmentId) out.set(`text:${v.network}`, v.text);
  }
  return out;
}

export async function postsCsv(ctx: AppContext, access: WorkspaceAccess): Promise<{ fileName: string; csv: string }> {
  const db = ctx.database.db;
  const posts = (await postsRepository.listPosts(db, access.workspaceId, { limit: MAX_POSTS })).filter((p) => EXPORTED.has(p.status));
  const segments = new Map((await segmentsRepository.list(db, access.workspaceId)).map((s) => [s.id, s.name]));
  const campaigns = new Map((await campaignsRepository.list(db, access.workspaceId, true)).map((c) => [c.id, c.name]));
  const variants = posts.map((p) => variantCells(p.variants, (id) => segments.get(id)));
  const extra = [...new Set(variants.flatMap((v) => [...v.keys()]))].sort();
  const rows: CsvCell[][] = [[...CHORUS_COLUMNS, ...extra]];
  posts.forEach((post, i) => {
    const when = whenOf(post);
    const campaign = post.campaign_id ? (campaigns.get(post.campaign_id) ?? post.campaign_id) : '';
    rows.push([when?.date ?? '', when?.time ?? '', when ? post.timezone : '', post.text, '', post.media_ids.join(' '), campaign, ...extra.map((k) => variants[i]!.get(k) ?? '')]);
  });
  return { fileName: `posts-${new Date().toISOString().slice(0, 10)}.csv`, csv: toCsv(rows) };
}
