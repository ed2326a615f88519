/**
 * A LIKE/ILIKE pattern matching `text` anywhere, with LIKE's own wildcards (`%`, `_`) and its escape (`\`) typed by a
 * person matched as themselves (PostgreSQL's default escape character is the backslash).
 *
 * @example containsPattern('100%_off') // '%100\\%\\_off%'
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
