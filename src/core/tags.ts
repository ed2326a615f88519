/**
 * Tags as ideas, drafts and uploads carry them: words a team types to find things again. One cleaning rule for all,
 * so "#Summer" on an idea finds the draft tagged "summer".
 */
import { z } from 'zod';

/** The request shape of a tag list. */
export const Tags = z.array(z.string().max(60)).max(30).describe('Words to find it again; "#" and case are dropped');

/** Tags as people type them: trimmed, without a leading '#', lower-cased, each once, in the order given. */
export function cleanTags(tags: string[]): string[] {
  const clean = tags.map((t) => t.trim().replace(/^#+/, '').toLowerCase()).filter((t) => t.length > 0);
  return [...new Set(clean)];
}
