/**
 * Pages load on first use, each as its own file. When that file cannot be fetched (the connection dropped, or Chorus
 * was upgraded while the tab stayed open), the page says so and offers a reload instead of going blank; the reload
 * brings the page. Once in English (RSS feeds) and once in French (Modèles), each in a freshly loaded document so the
 * page's file has not been fetched yet. Runs inside web.e2e.test.ts with the owner signed in.
 */
import type { Page } from 'playwright-core';

export interface PageLoadEnv {
  page: Page;
  baseUrl: string;
  shot(name: string, target?: Page): Promise<void>;
}

const SCRIPTS = '**/assets/*.js';

async function failThenReload(env: PageLoadEnv, route: string, failed: string, reload: string, heading: string, name: string) {
  const { page, baseUrl } = env;
  await page.goto(`${baseUrl}/#/calendar`);
  await page.reload();
  await page.getByTestId('nav-toggle').waitFor({ state: 'attached' });
  // From now on no script file arrives, as after an upgrade that removed them.
  await page.route(SCRIPTS, (request) => request.abort('connectionfailed'));
  await page.goto(`${baseUrl}/#/${route}`);
  const notice = page.getByTestId('page-failed');
  await notice.getByRole('heading', { name: failed }).waitFor();
  await env.shot(name);
  await page.unroute(SCRIPTS);
  await notice.getByRole('button', { name: reload }).click();
  await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
}

export async function pageLoadScenario(env: PageLoadEnv): Promise<void> {
  await env.page.getByTestId('language').selectOption('en');
  await failThenReload(env, 'feeds', 'This page could not be shown', 'Reload', 'RSS feeds', 'page-load-01-failed-en');
  await env.page.getByTestId('language').selectOption('fr');
  await failThenReload(env, 'templates', "Cette page n'a pas pu s'afficher", 'Recharger', 'Modèles', 'page-load-02-failed-fr');
  await env.page.getByTestId('language').selectOption('en');
}
