/** The board's arithmetic, kept apart from React so it can be tested: columns in order, and where a dropped card goes. */
import type { Idea, IdeaStage } from '../../api-ideas';

export const STAGES: IdeaStage[] = ['idea', 'shaping', 'ready', 'used'];

/** Cards per column, each column in its own order (the server sends them so; this keeps a local move in place). */
export function columns(ideas: Idea[]): Record<IdeaStage, Idea[]> {
  const out: Record<IdeaStage, Idea[]> = { idea: [], shaping: [], ready: [], used: [] };
  for (const idea of ideas) out[idea.stage].push(idea);
  for (const stage of STAGES) out[stage].sort((a, b) => a.position - b.position);
  return out;
}

/**
 * The position for a card dropped into `column` before the card `beforeId` (null: at the end): halfway between its
 * neighbours, so one write moves it. The card itself is left out of the column first.
 *
 * @example positionFor([{position: 1}, {position: 2}], 'b-id') // 1.5 when b-id is the second card
 */
export function positionFor(column: Idea[], movingId: string, beforeId: string | null): number {
  const rest = column.filter((c) => c.id !== movingId);
  const at = beforeId === null ? rest.length : rest.findIndex((c) => c.id === beforeId);
  const index = at < 0 ? rest.length : at;
  const prev = rest[index - 1]?.position;
  const next = rest[index]?.position;
  if (prev === undefined && next === undefined) return 1;
  if (prev === undefined) return next! - 1;
  if (next === undefined) return prev + 1;
  return (prev + next) / 2;
}

/** The tag filter's choices: the ideas' tags with their counts, plus the saved drafts' (a tag on both counts both). */
export function tagChoices(ideaTags: Array<{ tag: string; count: number }>, drafts: Array<{ tags: string[] }>): Array<{ tag: string; count: number }> {
  const counts = new Map(ideaTags.map((x) => [x.tag, x.count]));
  for (const tag of drafts.flatMap((d) => d.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
