/**
 * Where a network keeps an upload or a post in progress (YouTube's resumable session, TikTok's chunk plan) under the
 * publication's idempotency key, so a retry continues it instead of sending the media twice. `channelId` is the
 * channel the work belongs to: the app's database store (src/features/publishing/upload-sessions.ts) files it there.
 *
 * @example
 * const sessions: SessionStore<UploadSession> = options.sessions ?? memorySessionStore();
 * await sessions.set(key, { sessionUri }, ctx.channelId);
 */
export interface SessionStore<T> {
  get(key: string): Promise<T | null>;
  set(key: string, session: T, channelId: string): Promise<void>;
  delete(key: string): Promise<void>;
}

/** A store in memory (tests, and a process that runs alone): it keeps copies, so a caller's later edits do not leak in. */
export function memorySessionStore<T extends object>(): SessionStore<T> {
  const sessions = new Map<string, T>();
  return {
    get: async (key) => sessions.get(key) ?? null,
    set: async (key, session) => void sessions.set(key, { ...session }),
    delete: async (key) => void sessions.delete(key),
  };
}
