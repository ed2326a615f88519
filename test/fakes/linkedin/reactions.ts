/**
 * The fake LinkedIn's Reactions API (learn.microsoft.com/linkedin/marketing/community-management/shares/reactions-api):
 * `POST /rest/reactions?actor={encoded URN}` with `{root, reactionType}` reacts to a post or a comment as the actor
 * (the member, or a page they administer); `DELETE /rest/reactions/(actor:{URN},entity:{URN})` takes it back, the
 * key in Rest.li 2.0's complex-key form with each URN percent-encoded.
 */
import { denied, decodeKey, type Caller, type FakeState } from './handlers.js';
import { restError, schemaError } from './model.js';
import type { FakeResponse } from './server.js';

/** The documented reaction types ("LIKE" is the thumbs-up). */
const REACTION_TYPES = ['LIKE', 'PRAISE', 'EMPATHY', 'INTEREST', 'APPRECIATION', 'ENTERTAINMENT', 'MAYBE'];

export interface Reaction { actor: string; root: string; reactionType: string; created: number }

/** Answers a reactions request, or null when the path is not one. */
export function handleReactions(s: FakeState, method: string, path: string, rawQuery: string, caller: Caller, body: unknown): FakeResponse | null {
  if (path === '/rest/reactions' && method === 'POST') return create(s, rawQuery, caller, body);
  const key = /^\/rest\/reactions\/\(actor:([^,()]+),entity:([^,()]+)\)$/.exec(path);
  if (key?.[1] && key[2] && method === 'DELETE') {
    const actor = decodeKey(key[1]);
    const entity = decodeKey(key[2]);
    if (!actor || !entity) return restError(400, 'ILLEGAL_ARGUMENT', 'Syntax exception in path variables');
    if (!caller.canActAs(actor)) return denied('reactions.DELETE');
    if (!s.reactions.delete(`${actor}|${entity}`)) return restError(404, 'NOT_FOUND', 'Reaction not found');
    return { status: 204 };
  }
  if (path.startsWith('/rest/reactions')) return restError(400, 'ILLEGAL_ARGUMENT', 'Syntax exception in path variables');
  return null;
}

function create(s: FakeState, rawQuery: string, caller: Caller, body: unknown): FakeResponse {
  const actor = new URLSearchParams(rawQuery).get('actor');
  if (!actor || /actor=urn:/.test(rawQuery)) return restError(400, 'ILLEGAL_ARGUMENT', 'The actor query parameter is required and must be encoded');
  const b = (body ?? {}) as Record<string, unknown>;
  const problems = [
    ...Object.keys(b).filter((k) => k !== 'root' && k !== 'reactionType').map((k) => `/${k} :: unrecognized field found but not allowed`),
    ...['root', 'reactionType'].filter((k) => typeof b[k] !== 'string').map((k) => `/${k} :: field is required but not found and has no default value`),
  ];
  if (typeof b['reactionType'] === 'string' && !REACTION_TYPES.includes(b['reactionType'])) problems.push(`/reactionType :: "${b['reactionType']}" is not an enum symbol`);
  if (problems.length > 0) return schemaError(problems);
  if (!caller.canActAs(actor)) return denied('reactions.CREATE');
  const root = String(b['root']);
  if (!exists(s, root)) return restError(404, 'NOT_FOUND', `${root} not found`);
  const id = `${actor}|${root}`;
  if (s.reactions.has(id)) return restError(409, 'DUPLICATE_REACTION', 'The actor has already reacted to this entity');
  s.reactions.set(id, { actor, root, reactionType: String(b['reactionType']), created: Date.now() });
  return { status: 201, headers: { 'x-restli-id': `urn:li:reaction:(${actor},${root})` }, body: { root, reactionType: b['reactionType'], created: { actor, time: Date.now() } } };
}

/** A post the fake holds, or one of its comments (`urn:li:comment:({post},{id})`). */
function exists(s: FakeState, urn: string): boolean {
  if (s.posts.has(urn)) return true;
  const comment = /^urn:li:comment:\((.+),(\d+)\)$/.exec(urn);
  return Boolean(comment && s.comments.get(comment[2]!)?.postUrn === comment[1]);
}
