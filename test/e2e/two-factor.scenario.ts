/**
 * Two-factor sign-in in the browser, in English and then in French: a new member turns it on from the account
 * security page (the code is computed here from the key the page shows, as an authenticator app would), signs out,
 * signs in with a code, signs out, signs in with a recovery code, and ends a session of another browser.
 *
 * Runs inside web.e2e.test.ts with the owner signed in; the owner's own account is left as it was.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';

export interface TwoFactorEnv {
  page: Page;
  baseUrl: string;
  shot(name: string, target?: Page): Promise<void>;
}

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const EMAIL = 'dave@example.test';
const PASSWORD = 'dave bakes at dawn';

/** What each language's screens say, where the walk clicks and reads. */
const WORDS = {
  en: {
    signOut: 'Sign out', signInTitle: 'Sign in to Chorus', email: 'Email', password: 'Password', signIn: 'Sign in',
    securityTitle: 'Account security', setUp: 'Set up two-factor sign-in', code: 'Code from your app',
    turnOn: 'Turn on', saved: 'I have saved them', codesLeft: (n: number) => `Unused recovery codes: ${n}`,
    twoFactorTitle: 'Two-factor sign-in', verify: 'Verify', useRecovery: 'Use a recovery code instead', recoveryCode: 'Recovery code',
    endOther: 'End the session on Firefox 128 on Linux', thisSession: 'This session',
    turnOff: 'Turn off', withPassword: 'Use my password instead', turnOffSubmit: 'Turn off two-factor'
  },
  fr: {
    signOut: 'Se déconnecter', signInTitle: 'Se connecter à Chorus', email: 'Adresse e-mail', password: 'Mot de passe', signIn: 'Se connecter',
    securityTitle: 'Sécurité du compte', setUp: 'Activer la connexion en deux étapes', code: "Code de l'application",
    turnOn: 'Activer', saved: 'Je les ai enregistrés', codesLeft: (n: number) => `Codes de secours inutilisés : ${n}`,
    twoFactorTitle: 'Connexion en deux étapes', verify: 'Vérifier', useRecovery: 'Utiliser un code de secours', recoveryCode: 'Code de secours',
    endOther: 'Fermer la session sur Firefox 128 sur Linux', thisSession: 'Cette session',
    turnOff: 'Désactiver', withPassword: 'Utiliser mon mot de passe', turnOffSubmit: 'Désactiver la connexion en deux étapes'
  },
} as const;
type Words = (typeof WORDS)['en'] | (typeof WORDS)['fr'];

/** The code an authenticator app shows `stepsAhead` 30-second steps from now. */
function totp(secret: string, stepsAhead = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + stepsAhead * 30_000 });
}

/** A 6-digit code none of the three the server accepts now (this step and one either side). */
function wrongCode(secret: string): string {
  const valid = new Set([-1, 0, 1].map((n) => totp(secret, n)));
  return ['000000', '111111', '222222', '333333'].find((c) => !valid.has(c))!;
}

/** Another browser of Dave's (Firefox on Linux), signed in with the password alone, before two-factor is on. */
async function signInElsewhere(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': FIREFOX },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  assert.equal(res.status, 200);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('chorus_session='));
  assert.ok(cookie, 'the other browser got a session');
  return cookie.split(';')[0]!;
}

async function stillSignedIn(baseUrl: string, cookie: string): Promise<boolean> {
  return (await fetch(`${baseUrl}/api/v1/me`, { headers: { cookie } })).status === 200;
}

async function signInWithPassword(page: Page, w: Words): Promise<void> {
  await page.getByRole('button', { name: w.signOut }).click();
  await page.getByRole('heading', { name: w.signInTitle }).waitFor();
  await page.getByLabel(w.email).fill(EMAIL);
  await page.getByLabel(w.password).fill(PASSWORD);
  await page.getByRole('button', { name: w.signIn, exact: true }).click();
  await page.getByRole('heading', { name: w.twoFactorTitle }).waitFor();
}

/** Turns two-factor on from the security page; returns the key the page showed and the recovery codes. */
async function enrol(page: Page, w: Words, shot: TwoFactorEnv['shot'], lang: string) {
  await page.getByTestId('account-link').click();
  await page.getByRole('heading', { name: w.securityTitle }).waitFor();
  await page.getByRole('button', { name: w.setUp }).click();
  const secret = (await page.getByTestId('totp-secret').innerText()).trim();
  // The QR code is drawn (an SVG data URL the page's security policy allows).
  const qr = page.locator('.two-factor-setup__qr');
  await page.waitForFunction(() => ((document.querySelector('.two-factor-setup__qr') as HTMLImageElement | null)?.naturalWidth ?? 0) > 0);
  assert.ok(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth > 0), 'the QR code image loads');
  await shot(`tf-01-setup-${lang}`);
  const twoFactor = page.getByTestId('two-factor');
  await twoFactor.getByLabel(w.code).fill(wrongCode(secret));
  await twoFactor.getByRole('button', { name: w.turnOn }).click();
  await twoFactor.locator('.field__error').waitFor();
  await twoFactor.getByLabel(w.code).fill(totp(secret));
  await twoFactor.getByRole('button', { name: w.turnOn }).click();
  const list = page.getByTestId('recovery-codes');
  await list.waitFor();
  const codes = (await list.locator('code').allInnerTexts()).map((c) => c.trim());
  assert.equal(codes.length, 10);
  await shot(`tf-02-recovery-codes-${lang}`);
  await page.getByRole('button', { name: w.saved }).click();
  await page.getByTestId('recovery-codes-left').getByText(w.codesLeft(10)).waitFor();
  return { secret, codes };
}

async function walk(env: TwoFactorEnv, lang: 'en' | 'fr'): Promise<void> {
  const { page, baseUrl, shot } = env;
  const w = WORDS[lang];
  const elsewhere = await signInElsewhere(baseUrl);
  const { secret, codes } = await enrol(page, w, shot, lang);

  // Signing in now asks for the code after the password. The confirming code used this time step: the app's next one.
  await signInWithPassword(page, w);
  await shot(`tf-03-code-step-${lang}`);
  await page.getByLabel(w.code).fill(totp(secret, 1));
  await page.getByRole('button', { name: w.verify }).click();
  await page.getByTestId('workspace-switcher').waitFor();

  // And a recovery code works in place of the code.
  await signInWithPassword(page, w);
  await page.getByRole('button', { name: w.useRecovery }).click();
  await page.getByLabel(w.recoveryCode).fill(codes[0]!);
  await page.getByRole('button', { name: w.verify }).click();
  await page.getByTestId('workspace-switcher').waitFor();

  // The other browser is listed and ended from here; it is signed out at once.
  await page.getByTestId('account-link').click();
  await page.getByTestId('recovery-codes-left').getByText(w.codesLeft(9)).waitFor();
  const sessions = page.getByTestId('sessions');
  await sessions.getByText(w.thisSession).waitFor();
  assert.ok(await stillSignedIn(baseUrl, elsewhere));
  await shot(`tf-04-sessions-${lang}`);
  await sessions.getByRole('button', { name: w.endOther }).click();
  await sessions.getByRole('button', { name: w.endOther }).waitFor({ state: 'detached' });
  assert.equal(await stillSignedIn(baseUrl, elsewhere), false, 'the ended session is signed out');

  // Off again with the password, so the next language starts from the beginning.
  const twoFactor = page.getByTestId('two-factor');
  await twoFactor.getByRole('button', { name: w.turnOff, exact: true }).click();
  await twoFactor.getByRole('button', { name: w.withPassword }).click();
  await twoFactor.getByLabel(w.password).fill(PASSWORD);
  await twoFactor.getByRole('button', { name: w.turnOffSubmit }).click();
  await twoFactor.getByRole('button', { name: w.setUp }).waitFor();
}

/** The owner invites Dave; Dave joins, walks two-factor in English and French, and the owner signs back in. */
export async function twoFactorScenario(env: TwoFactorEnv & { owner: { email: string; password: string } }): Promise<void> {
  const { page, baseUrl, owner } = env;
  await page.goto(`${baseUrl}/#/workspace`);
  await page.getByTestId('language').selectOption('en');
  await page.getByLabel('Email of the person to invite').fill(EMAIL);
  await page.getByLabel('Role', { exact: true }).selectOption('editor');
  await page.getByRole('button', { name: 'Invite' }).click();
  const inviteUrl = await page.getByTestId('invite-url').innerText();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to Chorus' }).waitFor();
  await page.goto(inviteUrl);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByTestId('workspace-switcher').waitFor();

  await walk(env, 'en');
  await page.getByTestId('language').selectOption('fr');
  await page.getByRole('link', { name: 'Calendrier' }).waitFor();
  await walk(env, 'fr');

  await page.getByTestId('language').selectOption('en');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill(owner.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByTestId('workspace-switcher').waitFor();
}
