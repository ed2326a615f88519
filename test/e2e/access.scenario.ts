/**
 * Taking access back from the screens: an owner creates an API token (shown once), sees it work, revokes it and
 * sees it refused; removes a member; invites an existing account again, which joins only by signing in as itself.
 * Then the same screens in French: a token revoked, a pending invite withdrawn, a member who joined removed (his
 * session no longer opens the workspace).
 *
 * Runs inside web.e2e.test.ts: `accessInEnglish` after the contributor step (Carol is a member), signed in as the
 * owner in English; `accessInFrench` after the interface switched to French.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

export interface AccessEnv {
  page: Page;
  baseUrl: string;
  owner: { email: string; password: string };
  member: { email: string; password: string; name: string };
  shot(name: string, target?: Page): Promise<void>;
}

async function workspaceId(page: Page): Promise<string> {
  return (await page.getByTestId('workspace-id').innerText()).trim();
}

/** Calls the API with a bearer token from outside the browser, as a script would. */
async function statusWithToken(baseUrl: string, ws: string, token: string): Promise<number> {
  const res = await fetch(`${baseUrl}/api/v1/workspaces/${ws}/posts`, { headers: { authorization: `Bearer ${token}` } });
  return res.status;
}

/** Creates a token on the workspace page and returns its secret, shown once. */
async function createToken(page: Page, labels: { name: string; role: string; submit: string }, name: string): Promise<string> {
  await page.getByLabel(labels.name).fill(name);
  await page.getByLabel(labels.role, { exact: true }).selectOption('viewer');
  await page.getByRole('button', { name: labels.submit }).click();
  return (await page.getByTestId('new-token').innerText()).trim();
}

export async function accessInEnglish({ page, baseUrl, owner, member, shot }: AccessEnv): Promise<void> {
  await page.goto(`${baseUrl}/#/workspace`);
  await page.getByTestId('api-tokens').waitFor();
  const ws = await workspaceId(page);
  const secret = await createToken(page, { name: 'Token name (what it is for)', role: 'Token role', submit: 'Create token' }, 'Nightly export');
  assert.match(secret, /^cht_/);
  assert.equal(await statusWithToken(baseUrl, ws, secret), 200);
  const row = page.locator('[data-testid="api-token"][data-name="Nightly export"]');
  await row.getByText('Viewer').waitFor();
  await shot('ac-01-api-tokens');
  await page.getByRole('button', { name: 'Revoke the token Nightly export' }).click();
  await row.getByText('Scripts using it stop at once.', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Yes, revoke' }).click();
  await row.waitFor({ state: 'detached' });
  assert.equal(await statusWithToken(baseUrl, ws, secret), 401, 'a revoked token is refused at once');

  // Remove the contributor: she disappears from the team.
  const carol = page.locator(`[data-testid="member"][data-email="${member.email}"]`);
  await page.getByRole('button', { name: `Remove ${member.name}` }).click();
  await page.getByRole('button', { name: 'Yes, remove' }).click();
  await page.getByText(`${member.email} was removed`, { exact: false }).waitFor();
  await carol.waitFor({ state: 'detached' });
  await shot('ac-02-member-removed');

  // Invite her again: her account exists, so the link asks her to sign in; it never sets a password.
  await page.getByLabel('Email of the person to invite').fill(member.email);
  await page.getByLabel('Role', { exact: true }).selectOption('contributor');
  await page.getByRole('button', { name: 'Invite' }).click();
  const inviteUrl = await page.getByTestId('invite-url').innerText();
  await carol.getByText('Invited', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to Chorus' }).waitFor();
  await page.goto(inviteUrl);
  await page.getByText('This address already has an account: sign in to accept.', { exact: false }).waitFor();
  assert.equal(await page.getByLabel('Email').inputValue(), member.email);
  await shot('ac-03-invite-existing-account');
  await page.getByLabel('Password').fill(member.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Join the workspace' }).click();
  await page.getByTestId('workspace-switcher').waitFor();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill(owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('workspace-switcher').waitFor();
  await page.goto(`${baseUrl}/#/workspace`);
  await carol.getByText('Contributor').waitFor();
  assert.equal(await carol.getByText('Invited', { exact: true }).count(), 0);
}

export async function accessInFrench({ page, baseUrl, shot }: AccessEnv): Promise<void> {
  await page.goto(`${baseUrl}/#/workspace`);
  await page.getByRole('heading', { name: 'Jetons d’API' }).waitFor();
  const ws = await workspaceId(page);
  const secret = await createToken(page, { name: 'Nom du jeton (à quoi il sert)', role: 'Rôle du jeton', submit: 'Créer le jeton' }, 'Export du soir');
  assert.equal(await statusWithToken(baseUrl, ws, secret), 200);
  await page.getByRole('button', { name: 'Révoquer le jeton Export du soir' }).click();
  await page.getByRole('button', { name: 'Oui, révoquer' }).click();
  await page.locator('[data-testid="api-token"][data-name="Export du soir"]').waitFor({ state: 'detached' });
  assert.equal(await statusWithToken(baseUrl, ws, secret), 401);

  // A pending invite is withdrawn, and a member who joined is removed, the same way.
  await inviteAndRemove(page, 'dora@example.test', false, shot);
  await inviteAndRemove(page, 'ed@example.test', true, shot);
}

/** Invites `email` from the French workspace page (joining with the link from outside the browser when `join`), then removes them. */
async function inviteAndRemove(page: Page, email: string, join: boolean, shot: AccessEnv['shot']): Promise<void> {
  await page.getByLabel('Adresse e-mail de la personne à inviter').fill(email);
  await page.getByRole('button', { name: 'Inviter' }).click();
  const row = page.locator(`[data-testid="member"][data-email="${email}"]`);
  await row.getByText('Invité', { exact: true }).waitFor();
  if (join) {
    const link = await page.getByTestId('invite-url').innerText();
    const origin = new URL(page.url()).origin;
    const joined = await fetch(`${origin}/api/v1/invites/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: link.split('/invite/')[1], password: 'ed bakes on sundays' }),
    });
    assert.equal(joined.status, 200);
    const cookie = joined.headers.get('set-cookie')!.split(';')[0]!;
    await page.reload();
    await row.waitFor();
    assert.equal(await row.getByText('Invité', { exact: true }).count(), 0, 'Ed is a member now');
    await shot('ac-04-access-fr');
    await row.getByRole('button', { name: `Retirer ${email}` }).click();
    await page.getByRole('button', { name: 'Oui, retirer' }).click();
    await row.waitFor({ state: 'detached' });
    const ws = (await page.getByTestId('workspace-id').innerText()).trim();
    const after = await fetch(`${origin}/api/v1/workspaces/${ws}/posts`, { headers: { cookie } });
    assert.equal(after.status, 404, 'a removed member no longer sees the workspace');
    return;
  }
  await row.getByRole('button', { name: `Retirer ${email}` }).click();
  await page.getByRole('button', { name: 'Oui, retirer' }).click();
  await row.waitFor({ state: 'detached' });
}
