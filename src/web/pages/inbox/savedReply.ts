/**
 * Fills a saved reply's variables for the item answered, so the reply box shows the text that will be sent (and the
 * person can still edit it). The server refuses unknown variables when a saved reply is saved; one that slips
 * through (an older template) is left as written for the person to see.
 *
 * @example
 *   renderSavedReply('Thanks {{first_name}}!', { authorName: 'Ada Lovelace', authorHandle: '@ada', postUrl: null }); // 'Thanks Ada!'
 */
export interface ReplyContext {
  authorName: string;
  authorHandle: string;
  postUrl: string | null;
}

export function renderSavedReply(text: string, context: ReplyContext): string {
  const handle = context.authorHandle.startsWith('@') || context.authorHandle === '' ? context.authorHandle : `@${context.authorHandle}`;
  // A display name can be empty or an emoji string; the handle is then the friendliest thing to call them by.
  const firstName = context.authorName.trim().split(/\s+/)[0] || handle;
  const values: Record<string, string> = { first_name: firstName, author_handle: handle, post_url: context.postUrl ?? '' };
  return text.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}
