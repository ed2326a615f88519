/**
 * What the walk-through's scenarios share: the browser and server they are handed, and a call to the API made from
 * inside the signed-in page (so it goes through the same session cookie and CSRF token as the web app).
 *
 * @example
 *   const made = await apiCall<{ id: string }>(page, 'POST', `/api/v1/workspaces/${ws}/links`, { url: SHOP });
 */
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import type { AppContext } from '../../src/core/context.js';

/** The browser (its page and context) and the in-process server a scenario works with. */
export interface BrowserScenarioEnv {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  ctx: AppContext;
  app: FastifyInstance;
  shot(name: string, target?: Page): Promise<void>;
}

/** A JSON request from inside the signed-in page, with the session's CSRF token. */
export async function apiCall<T>(page: Page, method: string, url: string, body?: unknown): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const me = (await (await fetch('/api/v1/me', { credentials: 'same-origin' })).json()) as { csrfToken: string };
      const res = await fetch(url, {
        method,
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    },
    { method, url, body },
  ) as Promise<{ status: number; body: T }>;
}
