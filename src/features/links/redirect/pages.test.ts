/**
 * The short-link server's own pages (unknown link, expired link, password prompt) speak the visitor's language:
 * French when the browser prefers French to English, English otherwise.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { forEachDatabase } from '../../../db/testing.js';
import { call } from '../../../testing/app.js';
import { useTenantApp } from '../../../testing/scenario.js';
import { createRedirectServer } from './http-server.js';
import { pageLanguage } from './pages.js';
import type { Redirector } from './redirector.js';

const FRENCH = 'fr-FR,fr;q=0.9,en;q=0.5';

describe('pageLanguage', () => {
  it('picks French only when the browser prefers it to English', () => {
    assert.equal(pageLanguage(FRENCH), 'fr');
    assert.equal(pageLanguage('fr-CA'), 'fr');
    assert.equal(pageLanguage('en-GB,en;q=0.9,fr;q=0.8'), 'en');
    assert.equal(pageLanguage('de-DE,de;q=0.9,fr;q=0.5,en;q=0.3'), 'fr');
    assert.equal(pageLanguage('de-DE'), 'en');
    assert.equal(pageLanguage(''), 'en');
    assert.equal(pageLanguage(undefined), 'en');
  });
});

forEachDatabase('short-link pages in the visitor\'s language', (getDb) => {
  const { t, a } = useTenantApp(getDb);

  const open = (code: string, acceptLanguage?: string) =>
    t.app.inject({ method: 'GET', url: `/l/${code}`, headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} });
  const create = async (body: Record<string, unknown>) => {
    const res = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/links`, { url: 'https://example.com/', ...body });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.code as string;
  };

  it('shows an unknown link in French or English', async () => {
    const french = await open('nosuchcode', FRENCH);
    assert.equal(french.statusCode, 404);
    assert.match(french.body, /<html lang="fr">[\s\S]*Ce lien n’existe pas/);
    assert.equal(french.headers['vary'], 'Accept-Language');
    const english = await open('nosuchcode');
    assert.match(english.body, /<html lang="en">[\s\S]*This link does not exist/);
  });

  it('asks for the password, and says it is wrong, in French', async () => {
    const code = await create({ password: 'open sesame' });
    const prompt = await open(code, FRENCH);
    assert.equal(prompt.statusCode, 200);
    assert.match(prompt.body, /Ce lien est protégé[\s\S]*Saisissez le mot de passe[\s\S]*aria-label="Mot de passe"[\s\S]*Continuer/);
    const wrong = await t.app.inject({
      method: 'POST',
      url: `/l/${code}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': FRENCH },
      payload: 'password=nope',
    });
    assert.equal(wrong.statusCode, 401);
    assert.match(wrong.body, /Ce mot de passe n’est pas le bon/);
    assert.match((await open(code, 'en')).body, /This link is protected/);
  });

  it('says an archived link has expired, in French', async () => {
    const link = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/links`, { url: 'https://example.com/old' });
    await call(t.app, a.token, 'PATCH', `/api/v1/workspaces/${a.workspaceId}/links/${link.body.id}`, { archived: true });
    const code = link.body.code as string;
    const page = await open(code, FRENCH);
    assert.equal(page.statusCode, 410);
    assert.match(page.body, /Ce lien a expiré/);
  });

  it('answers an address that cannot be a code with the same page on the link port', async () => {
    // The redirector is never asked: the address is refused before any look-up.
    const server = createRedirectServer({} as Redirector, { trustProxy: false, onError: (error) => assert.fail(String(error)) });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/not.a.code`, { headers: { 'accept-language': FRENCH } });
      assert.equal(res.status, 404);
      assert.match(await res.text(), /<html lang="fr">[\s\S]*Ce lien n’existe pas/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
