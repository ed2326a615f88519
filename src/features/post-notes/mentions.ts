/**
 * `@mentions` in a note: `@email` (anyone's address) or `@name` (the member's name without its spaces, any case),
 * matched against the workspace's members only. A mention that matches nobody in the workspace, or more than one
 * member, stays plain text and notifies nobody: a note can never reach a person outside the workspace.
 *
 * @example
 *   mentionedMembers('Can @AnaSilva or @bo@example.com check?', members)   // → the ids of Ana Silva and bo@example.com
 */

export interface MemberForMention {
  userId: string;
  email: string;
  name: string;
}

// An address first (so "@bo@example.com" is not read as "@bo"), else a run of letters, digits, dots, dashes, underscores.
const MENTION = /(^|[^\p{L}\p{N}_.@])@([\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}|[\p{L}\p{N}_.-]+)/gu;

/** The handle a member is mentioned by: their name without spaces, or their address when they have no name. */
export function mentionHandle(member: Pick<MemberForMention, 'email' | 'name'>): string {
  const name = member.name.replace(/\s+/g, '');
  return name || member.email;
}

/** Every `@…` written in the text, trailing dots dropped ("thanks @ana." mentions ana). */
export function mentionTokens(text: string): string[] {
  return [...text.matchAll(MENTION)].map((m) => m[2]!.replace(/\.+$/, ''));
}

/** The ids of the members the text mentions, each once, in the order first mentioned. */
export function mentionedMembers(text: string, members: MemberForMention[]): string[] {
  const found: string[] = [];
  for (const token of mentionTokens(text)) {
    const key = token.toLowerCase();
    const matches = token.includes('@')
      ? members.filter((m) => m.email.toLowerCase() === key)
      : members.filter((m) => m.name.replace(/\s+/g, '').toLowerCase() === key);
    if (matches.length === 1 && !found.includes(matches[0]!.userId)) found.push(matches[0]!.userId);
  }
  return found;
}
