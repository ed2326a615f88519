/**
 * Saved replies: a workspace's reusable answers. Their text may name variables that the reply box fills in for the
 * item answered; a variable Chorus does not know is refused when saving (422 naming it), so a template never sends
 * "{{frist_name}}" to a customer.
 */
import type { AppContext } from '../../core/context.js';
import { invalid, notFound } from '../../core/errors.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { savedRepliesRepository, type SavedReplyRow } from './saved-replies-repository.js';

/** The variables a saved reply may use: the author's first name, the post's URL, the author's handle. */
export const REPLY_VARIABLES = ['first_name', 'post_url', 'author_handle'] as const;

const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The variables `text` names that are not in REPLY_VARIABLES, each once. */
export function unknownVariables(text: string): string[] {
  const known = new Set<string>(REPLY_VARIABLES);
  return [...new Set([...text.matchAll(VARIABLE)].map((m) => m[1] ?? '').filter((name) => !known.has(name)))];
}

function checkVariables(text: string): void {
  const unknown = unknownVariables(text);
  if (unknown.length > 0) {
    const variable = unknown[0]!;
    throw invalid('unknown_variable', `{{${variable}}} is not a variable Chorus knows; use ${REPLY_VARIABLES.map((v) => `{{${v}}}`).join(', ')}.`, 'text', { unknown }, {
      variable,
    });
  }
}

export function publicSavedReply(row: SavedReplyRow) {
  return { id: row.id, name: row.name, text: row.text, createdAt: row.created_at.toISOString(), updatedAt: row.updated_at.toISOString() };
}

export async function listSavedReplies(ctx: AppContext, access: WorkspaceAccess) {
  return (await savedRepliesRepository.list(ctx.database.db, access.workspaceId)).map(publicSavedReply);
}

export async function createSavedReply(ctx: AppContext, access: WorkspaceAccess, input: { name: string; text: string }) {
  checkVariables(input.text);
  return publicSavedReply(await savedRepliesRepository.create(ctx.database.db, access.workspaceId, access.userId, input));
}

export async function updateSavedReply(ctx: AppContext, access: WorkspaceAccess, id: string, input: { name?: string; text?: string }) {
  if (input.text !== undefined) checkVariables(input.text);
  const row = isUuid(id) ? await savedRepliesRepository.update(ctx.database.db, access.workspaceId, id, input) : undefined;
  if (!row) throw notFound('Saved reply');
  return publicSavedReply(row);
}

export async function deleteSavedReply(ctx: AppContext, access: WorkspaceAccess, id: string): Promise<void> {
  if (!(isUuid(id) && (await savedRepliesRepository.remove(ctx.database.db, access.workspaceId, id)))) throw notFound('Saved reply');
}
