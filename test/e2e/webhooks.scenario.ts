/**
 * Outgoing webhooks in the browser: from the workspace page an owner opens Webhooks, adds one pointing at a receiver
 * on this machine (the test server allows private addresses), copies the secret shown once, sends a test, and sees
 * it delivered in the log; the receiver checks the signature over the raw body with that secret. Then the page in
 * French, and the webhook deleted after confirmation.
 *
 * Runs inside web.e2e.test.ts with the owner signed in and the workers running.
 */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';

export interface WebhooksEnv {
  page: Page;
  baseUrl: string;
  shot(name: string): Promise<void>;
}

export async function webhooksScenario({ page, baseUrl, shot }: WebhooksEnv): Promise<void> {
  const received: Array<{ signature: string; body: string }> = [];
  const receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ signature: String(req.headers['chorus-signature']), body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/chorus-events`;
    await page.goto(`${baseUrl}/#/workspace`);
    await page.getByTestId('language').selectOption('en');
    await page.getByTestId('to-webhooks').click();
    await page.getByRole('heading', { name: 'Webhooks', exact: true }).waitFor();

    const form = page.getByTestId('webhook-form');
    await form.getByLabel('Address').fill(url);
    await form.getByLabel('A conversion was recorded on your website').check();
    await form.getByRole('button', { name: 'Add webhook' }).click();
    const secretBox = page.getByTestId('webhook-secret');
    await secretBox.waitFor();
    const secret = (await secretBox.getByTestId('webhook-secret-value').textContent()) ?? '';
    assert.match(secret, /^whsec_/);
    await shot('wh-01-secret-shown-once');
    await secretBox.getByRole('button', { name: 'I have saved it' }).click();
    assert.equal(await page.getByText(secret).count(), 0, 'the secret is gone from the page');

    const card = page.getByTestId('webhook').filter({ hasText: url });
    await card.getByTestId('webhook-test').click();
    // The worker sends it within a poll; the log is refreshed until it says so.
    const delivered = card.locator('[data-testid="webhook-delivery"][data-status="delivered"]');
    for (let i = 0; i < 40 && (await delivered.count()) === 0; i++) {
      await page.waitForTimeout(500);
      await card.getByTestId('webhook-refresh').click();
    }
    await delivered.getByText('Delivered').waitFor();
    await delivered.getByText('Test event').waitFor();
    await shot('wh-02-test-delivered');

    assert.equal(received.length, 1);
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]+)$/.exec(received[0]!.signature)!;
    assert.equal(createHmac('sha256', secret).update(`${t}.${received[0]!.body}`).digest('hex'), v1);
    assert.equal(JSON.parse(received[0]!.body).type, 'webhook.test');

    await page.getByTestId('language').selectOption('fr');
    await card.getByText('Livré').waitFor();
    await card.getByRole('button', { name: 'Envoyer un test' }).waitFor();
    await shot('wh-03-webhooks-fr');
    await card.getByRole('button', { name: `Supprimer le webhook vers ${url}` }).click();
    await card.getByRole('button', { name: 'Oui, le supprimer' }).click();
    await page.getByText("Aucun webhook pour l'instant.").waitFor();
    await page.getByTestId('language').selectOption('en');
  } finally {
    await new Promise((resolve) => receiver.close(resolve));
  }
}
