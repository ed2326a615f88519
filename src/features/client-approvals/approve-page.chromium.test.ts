/**
 * The client's approval page in a real browser (Debian's Chromium), signed out: a link made by the team opens on the
 * French page when the browser speaks French, switches to English, shows the post as the network will, and takes a
 * "request changes" whose comment (markup included) is shown back as plain text and never runs. Then the link is
 * withdrawn and the page says so. Run: node scripts/test.mjs --chromium src/features/client-approvals
 */
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { build } from 'vite';
import type { BrowserContext, Page } from 'playwright-core';
import { assertChromium, launchChromium } from '../../../test/chromium.js';
import { freePort } from '../../../test/e2e/helpers.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing.js';
import { call, type TestApp } from '../../testing/app.js';
import { createTenantApp, type Tenant } from '../../testing/scenario.js';
import { invitePerson } from '../auth/people.testing.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('client approval page in Chromium', { timeout: 300_000 }, () => {
  let database: TestDatabase;
  let t: TestApp;
  let a: Tenant;
  let context: BrowserContext;
  let page: Page;
  let profileDir = '';
  let baseUrl = '';

  before(async () => {
    assertChromium();
    // The server serves dist/web: built from the current sources so the test never runs a stale app.
    await build({ configFile: path.join(repo, 'vite.config.ts'), logLevel: 'warn' });
    database = await openTestDatabase('pglite');
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    ({ app: t, tenant: a } = await createTenantApp(database, { env: { CHORUS_PUBLIC_URL: baseUrl } }));
    await t.app.listen({ port, host: '127.0.0.1' });
    ({ context, profileDir } = await launchChromium({ viewport: { width: 1024, height: 800 }, locale: 'fr-FR' }));
    page = context.pages()[0] ?? (await context.newPage());
  });
  after(async () => {
    await context?.close();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
    await t?.close();
    await database?.close();
  });

  it('approves from a signed-out browser, in French or English, and shows a comment as text', async () => {
    const contributor = await invitePerson(t.app, a, 'page-contributor@example.com', 'contributor');
    const at = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const post = await call(t.app, contributor, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, { text: 'Our spring menu #spring', channelIds: [a.channelId], scheduledAt: at });
    assert.equal(post.status, 201, JSON.stringify(post.body));
    const link = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/client-approvals`, { postIds: [post.body.id], note: 'Pour vendredi' });
    assert.equal(link.status, 201, JSON.stringify(link.body));
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    await page.goto(link.body.url);
    await page.getByRole('heading', { name: 'Publications à valider' }).waitFor();
    await page.getByTestId('client-approval-note').getByText('Pour vendredi').waitFor();
    assert.equal(await page.getByTestId('client-preview-bluesky').innerText(), 'Our spring menu #spring');
    assert.equal(await page.locator('nav').count(), 0, 'no app chrome');
    await page.getByTestId('language').selectOption('en');
    await page.getByRole('heading', { name: 'Posts to approve' }).waitFor();

    const comment = '<img src=x onerror="alert(1)"><script>alert(2)</script> Shorter, please';
    await page.getByLabel('Your name').fill('Claire');
    await page.getByTestId('client-comment').fill(comment);
    await page.getByTestId('client-request-changes').click();
    const decision = page.getByTestId('client-decision');
    await decision.getByText('You asked for changes to this post.').waitFor();
    assert.equal(await decision.locator('.client-post__comment').innerText(), comment);
    assert.equal(await decision.locator('img, script').count(), 0, 'the markup is text, not elements');
    assert.deepEqual(dialogs, []);

    const team = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/posts/${post.body.id}`);
    assert.equal(team.body.status, 'draft', 'the post went back to its author');

    await call(t.app, a.token, 'DELETE', `/api/v1/workspaces/${a.workspaceId}/client-approvals/${link.body.id}`);
    await page.reload();
    await page.getByText('This approval link was withdrawn by the team. Ask them for a new one.').waitFor();
  });
});
