/**
 * What the walk-through's scenarios share: the browser and server they are handed, and a call to the API made from
 * inside the signed-in page (so it goes through the same session cookie and CSRF token as the web app).
 *
 * @example
 *   const made = await apiCall<{ id: string }>(page, 'POST', `/api/v1/workspaces/${ws}/links`, { url: SHOP });
 */
import assert from 'node:assert/strict';
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

/** A phone's screen in CSS pixels (an iPhone 14's): the size the walk-through checks its pages at. */
export const PHONE = { width: 390, height: 844 };

/** A new tab the size of a phone, opened at `url`. */
export async function openPhone(context: BrowserContext, url: string): Promise<Page> {
  const phone = await context.newPage();
  await phone.setViewportSize(PHONE);
  await phone.goto(url);
  return phone;
}

/** Fails when the page on `target` is wider than its viewport (it would scroll sideways on a phone). */
export async function noSideways(target: Page, where: string): Promise<void> {
  const overflow = await target.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${where}: the page is ${overflow}px wider than the phone`);
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
