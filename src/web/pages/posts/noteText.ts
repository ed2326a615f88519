/**
 * A note's text cut into plain runs and the @mentions the server recognised (by handle or address), so the page can
 * highlight them; an @word that matched no member stays plain text. And the @word being typed, for the autocomplete.
 */

export type NotePiece = { text: string; mention: boolean };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Splits `text` at each `@handle` or `@email` of the people it mentions (any case). */
export function notePieces(text: string, mentioned: Array<{ handle: string; email: string }>): NotePiece[] {
  const names = [...new Set(mentioned.flatMap((m) => [m.email, m.handle]).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (names.length === 0) return [{ text, mention: false }];
  const pattern = new RegExp(`@(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}_@-])`, 'giu');
  const pieces: NotePiece[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) pieces.push({ text: text.slice(at, match.index), mention: false });
    pieces.push({ text: match[0], mention: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mention: false });
  return pieces;
}

/** The `@…` word that ends at the caret (`{ start, query }`), or null when the caret is not in one. */
export function mentionAtCaret(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([^\s@]*(?:@[^\s]*)?)$/u.exec(before);
  if (!match) return null;
  return { start: caret - match[2]!.length - 1, query: match[2]! };
}

/** Members whose handle, name or address starts with what was typed after @ (any case), at most `limit`. */
export function mentionSuggestions<M extends { handle: string; name: string; email: string }>(members: M[], query: string, limit = 6): M[] {
  const q = query.toLowerCase();
  return members.filter((m) => [m.handle, m.name, m.email].some((s) => s.toLowerCase().startsWith(q))).slice(0, limit);
}
