/**
 * Every error the server can send reads well in English and French, with its specifics (the field, the limit, the
 * count, the network). Run: node --import tsx --test src/web/lib/errors.test.ts
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, describe, it } from 'node:test';
import i18n from 'i18next';
import { ApiError } from '../http';
import { errorText, violationSentence } from './errors';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, '..', '..');
const translations = (lng: string) => JSON.parse(readFileSync(join(here, '..', 'i18n', `${lng}.json`), 'utf8')) as { errors: Record<string, unknown> };

/** Every `.ts` file of the server (everything under src/ but the web app), tests left out. */
function serverFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === join(src, 'web') ? [] : serverFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The codes the server writes: through `invalid`/`conflict`, `new ApiError(status, 'code'`, or a body it sends itself. */
function serverCodes(): Set<string> {
  const patterns = [
    /\b(?:invalid|conflict)\(\s*'([a-z0-9_]+)'/g,
    /new ApiError\(\s*\d+,\s*'([a-z0-9_]+)'/g,
    /error: \{ code: '([a-z0-9_]+)'/g,
    /\{ status: \d+, code: '([a-z0-9_]+)'/g,
    /^\s*\d{3}: '([a-z0-9_]+)'/gm,
    /BY_STATUS\[status\] \?\? '([a-z0-9_]+)'/g,
  ];
  const codes = new Set<string>();
  for (const file of serverFiles(src)) {
    const source = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const match of source.matchAll(pattern)) codes.add(match[1]!);
  }
  return codes;
}

before(async () => {
  await i18n.init({
    resources: { en: { translation: translations('en') }, fr: { translation: translations('fr') } },
    lng: 'en',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
});

describe('error texts', () => {
  it('has an English and a French text for every error code the server can send', () => {
    const codes = serverCodes();
    assert.ok(codes.size > 80, `only ${codes.size} codes found: the scan is broken`);
    for (const lng of ['en', 'fr']) {
      const errors = translations(lng).errors;
      const missing = [...codes].filter((code) => typeof errors[code] !== 'string').sort();
      assert.deepEqual(missing, [], `error codes without a text in ${lng}.json`);
    }
  });

  it('writes a refused field in the person\'s language, with its limit', async () => {
    const tooLong = new ApiError(400, 'invalid_request', '"name" in the request body must be at most 80 characters long.', 'name', undefined, {
      field: 'name',
      where: 'body',
      issue: 'too_long',
      max: 80,
    });
    const email = new ApiError(400, 'invalid_request', '…', 'email', undefined, { field: 'email', where: 'body', issue: 'format', format: 'email' });
    await i18n.changeLanguage('en');
    assert.equal(errorText(tooLong), '"name" must be at most 80 characters long.');
    assert.equal(errorText(email), '"email" must be a valid email address.');
    await i18n.changeLanguage('fr');
    assert.equal(errorText(tooLong), '« name » doit faire au plus 80 caractères.');
    assert.equal(errorText(email), '« email » doit être une adresse e-mail valide.');
  });

  it('keeps the numbers of a network rule in French', async () => {
    const error = new ApiError(422, 'validation_failed', 'x: X allows 280 characters; this text counts 301.', 'text', undefined, {
      network: 'x',
      rule: 'too_long',
      max: 280,
      length: 301,
      others: 1,
    });
    await i18n.changeLanguage('fr');
    assert.equal(errorText(error), 'Le texte fait 301 caractères ; X en autorise 280. Autres problèmes : 1.');
    // French puts a (narrow) no-break space between a number and its unit; compared here as a plain space.
    const image = violationSentence('image_too_large', { network: 'bluesky', max: 2_000_000, size: 3_500_000 }, '');
    assert.equal(image.replace(/[\u00a0\u202f]/g, ' '), 'Cette image fait 3,5 Mo ; Bluesky accepte jusqu’à 2 Mo.');
    await i18n.changeLanguage('en');
    assert.equal(violationSentence('too_many_images', { network: 'mastodon', max: 4, count: 5 }, ''), 'This post has 5 images; Mastodon allows 4.');
  });

  it('names the channel, the network and its quota window in the person\'s language', async () => {
    const params = { network: 'bluesky', channel: 'brand.test', max: 1666, window: 1, unit: 'hours' };
    const error = new ApiError(422, 'quota_exceeded', '…', 'scheduledAt', undefined, params);
    await i18n.changeLanguage('fr');
    assert.match(errorText(error).replace(/[\u00a0\u202f]/g, ' '), /^Bluesky publie au plus 1 666 publications par période de 1 heure pour brand\.test/);
    await i18n.changeLanguage('en');
    assert.match(errorText(new ApiError(422, 'quota_exceeded', '…', 'scheduledAt', undefined, { ...params, window: 24 })), /in any 24 hours for brand\.test/);
  });

  it('falls back to the server\'s English, then to the code\'s translation', async () => {
    const forbidden = new ApiError(403, 'forbidden', 'Only an admin or an owner can do this.');
    await i18n.changeLanguage('en');
    assert.equal(errorText(forbidden), 'Only an admin or an owner can do this.');
    await i18n.changeLanguage('fr');
    assert.equal(errorText(forbidden), 'Votre rôle dans cet espace ne le permet pas.');
    assert.equal(errorText(new ApiError(0, 'network_error', 'Failed to fetch')), 'Chorus est injoignable. Vérifiez votre connexion et réessayez.');
  });
});
