/**
 * Every action the server writes to the audit log can be shown in words, in English and in French: the web app's
 * `audit.actions.<code with "_" for ".">` text exists and is not the code itself.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { AUDIT_ACTIONS } from './actions.js';

const texts = (lang: string) => {
  const file = new URL(`../../web/i18n/${lang}.json`, import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { audit: { actions: Record<string, string> } }).audit.actions;
};

for (const lang of ['en', 'fr']) {
  it(`every audit action code has a text in ${lang}.json`, () => {
    const actions = texts(lang);
    const missing = AUDIT_ACTIONS.filter((code) => !actions[code.replaceAll('.', '_')]?.trim());
    assert.deepEqual(missing, []);
    const unknown = Object.keys(actions).filter((key) => !AUDIT_ACTIONS.some((code) => code.replaceAll('.', '_') === key));
    assert.deepEqual(unknown, [], 'texts for codes the server never writes');
  });
}
