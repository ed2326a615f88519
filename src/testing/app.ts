/**
 * Builds a whole Chorus (context + HTTP app, no port) on a test database, for route and publisher tests.
 *
 * @example
 *   const t = await createTestApp(getDb(), { networks });
 *   const res = await t.app.inject({ method: 'GET', url: '/healthz' });
 *   await t.close();
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { loadConfig, type Config } from '../core/config.js';
import type { AppContext } from '../core/context.js';
import type { App } from '../core/http.js';
import { createContext } from '../app/runtime.js';
import { buildServer } from '../app/server.js';
import type { Database } from '../db/database.js';
import type { NetworkRegistry } from '../networks/registry.js';
import { hashPasswordsCheaplyForTests } from '../features/auth/secrets.js';

// Every test app signs people up and in; at the product's scrypt cost that was minutes of CPU per run.
// src/features/auth/secrets.test.ts checks the product's cost.
hashPasswordsCheaplyForTests();

/** Tests that run the background workers start them from here, so no feature test reaches into the app's wiring. */
export { startWorkers } from '../app/workers.js';

export interface TestApp {
  app: App;
  ctx: AppContext;
  config: Config;
  close(): Promise<void>;
}

export async function createTestApp(
  database: Database,
  options: { networks: NetworkRegistry; env?: Record<string, string> },
): Promise<TestApp> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'chorus-test-'));
  const config = loadConfig({
    CHORUS_DATA_DIR: dataDir,
    CHORUS_SECRET_KEY: 'test-secret-key-that-is-long-enough-1234567890',
    CHORUS_LOG_LEVEL: 'silent',
    CHORUS_POLL_SECONDS: '0.5',
    ...options.env,
  });
  const { ctx, close } = await createContext(config, { database, networks: options.networks, log: pino({ level: 'silent' }) });
  const app = await buildServer(ctx);
  await app.ready();
  return {
    app,
    ctx,
    config,
    close: async () => {
      await app.close();
      await close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A signed-in browser's credentials: the session cookie's value and the CSRF token it must echo on writes. */
export interface SessionCredentials {
  cookie: string;
  csrf: string;
}

/**
 * Calls the API as a bearer-token holder (a token string), as a signed-in browser (session credentials, with the CSRF
 * token on writes) or anonymously (null), and returns status and parsed JSON.
 */
export async function call(
  app: App,
  who: string | SessionCredentials | null,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT',
  url: string,
  body?: unknown,
  // Tests read arbitrary fields of the JSON they get back; the route schemas already type-check the real responses.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> =
    typeof who === 'string'
      ? { authorization: `Bearer ${who}` }
      : who
        ? { cookie: `chorus_session=${who.cookie}`, ...(method !== 'GET' && { 'x-csrf-token': who.csrf }) }
        : {};
  const res = await app.inject({ method, url, headers, ...(body !== undefined && { payload: body as object }) });
  return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : null };
}

/** Polls `check` until it returns a value (not null), or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => Promise<T | null>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
