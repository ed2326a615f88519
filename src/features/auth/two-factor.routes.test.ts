/**
 * Two-factor sign-in, tried as an attacker with the password would: the password alone opens no session, a code
 * works once, a recovery code works once, a challenge dies after five wrong guesses, and a token cannot touch it.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { enrol, invitePerson, passwordStep, sessionOf, totpCode, wrongCode, type Person } from './people.testing.js';

forEachDatabase('two-factor sign-in', (getDb) => {
  const { t, a } = useTenantApp(getDb);

  const secondStep = (body: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login/two-factor', payload: body });

  async function challengeFor(p: Person): Promise<string> {
    const first = await passwordStep(t.app, p.email, p.password);
    assert.equal(first.status, 200);
    assert.equal(first.body.twoFactorRequired, true);
    return first.body.challenge as string;
  }

  it('enrols only once a right code confirms it; a wrong code is refused and leaves it off', async () => {
    const p = await invitePerson(t.app, a, 'enrol@example.com');
    const started = await call(t.app, p, 'POST', '/api/v1/me/two-factor/setup');
    assert.equal(started.status, 200);
    assert.match(started.body.secret, /^[A-Z2-7]{32}$/);
    assert.match(started.body.uri, /^otpauth:\/\/totp\/Chorus:enrol%40example\.com\?/);
    assert.match(started.body.qrCode, /^data:image\/svg\+xml;base64,/);
    assert.match(Buffer.from(started.body.qrCode.split(',')[1], 'base64').toString(), /<svg/);

    // Not on yet: the password alone still signs in.
    assert.ok((await passwordStep(t.app, p.email, p.password)).cookie);
    const wrong = await call(t.app, p, 'POST', '/api/v1/me/two-factor/confirm', { code: wrongCode(started.body.secret) });
    assert.equal(wrong.status, 422);
    assert.equal(wrong.body.error.code, 'wrong_code');
    assert.equal(wrong.body.error.field, 'code');
    assert.equal((await call(t.app, p, 'GET', '/api/v1/me/two-factor')).body.enabled, false);

    const ok = await call(t.app, p, 'POST', '/api/v1/me/two-factor/confirm', { code: totpCode(started.body.secret) });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.recoveryCodes.length, 10);
    assert.equal(new Set(ok.body.recoveryCodes).size, 10);
    const status = await call(t.app, p, 'GET', '/api/v1/me/two-factor');
    assert.equal(status.body.enabled, true);
    assert.equal(status.body.recoveryCodesLeft, 10);
    const again = await call(t.app, p, 'POST', '/api/v1/me/two-factor/setup');
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'two_factor_on');

    // At rest: the secret is sealed, the recovery codes hashed.
    const row = await getDb().db.selectFrom('user_two_factor').selectAll().where('user_id', '=', p.userId).executeTakeFirstOrThrow();
    assert.ok(!row.secret_enc.includes(started.body.secret));
    const codes = await getDb().db.selectFrom('two_factor_recovery_codes').select('code_hash').where('user_id', '=', p.userId).execute();
    assert.ok(codes.every((c) => !ok.body.recoveryCodes.some((r: string) => c.code_hash.includes(r.replace(/-/g, '')))));
  });

  it('asks for the code after the password: no session until it is right, and a code works only once', async () => {
    const p = await invitePerson(t.app, a, 'signin@example.com');
    const { secret } = await enrol(t.app, p);
    const first = await passwordStep(t.app, p.email, p.password);
    assert.equal(first.status, 200);
    assert.deepEqual(Object.keys(first.body).sort(), ['challenge', 'expiresAt', 'twoFactorRequired']);
    assert.equal(first.cookie, undefined, 'the password alone sets no session cookie');

    const noCode = await secondStep({ challenge: first.body.challenge });
    assert.equal(noCode.statusCode, 400);
    const code = totpCode(secret, 1); // the confirming code used this step
    const signedIn = await secondStep({ challenge: first.body.challenge, code });
    assert.equal(signedIn.statusCode, 200, signedIn.body);
    const session = sessionOf(signedIn);
    assert.equal((await call(t.app, session, 'GET', '/api/v1/me')).body.user.email, p.email);

    // The challenge was single-use.
    const reusedChallenge = await secondStep({ challenge: first.body.challenge, code });
    assert.equal(reusedChallenge.statusCode, 401);
    assert.equal(reusedChallenge.json().error.code, 'challenge_expired');
    // Replay: the same code on a fresh challenge is refused, and so is the step's own earlier code.
    const replay = await secondStep({ challenge: await challengeFor(p), code });
    assert.equal(replay.statusCode, 422);
    assert.equal(replay.json().error.code, 'code_already_used');
    const earlier = await secondStep({ challenge: await challengeFor(p), code: totpCode(secret) });
    assert.equal(earlier.statusCode, 422);
  });

  it('takes a recovery code once', async () => {
    const p = await invitePerson(t.app, a, 'recovery@example.com');
    const { recoveryCodes } = await enrol(t.app, p);
    const used = await secondStep({ challenge: await challengeFor(p), recoveryCode: recoveryCodes[3]!.toUpperCase() });
    assert.equal(used.statusCode, 200, used.body);
    const again = await secondStep({ challenge: await challengeFor(p), recoveryCode: recoveryCodes[3] });
    assert.equal(again.statusCode, 422);
    assert.equal(again.json().error.code, 'invalid_recovery_code');
    assert.equal(again.json().error.field, 'recoveryCode');
    assert.equal((await call(t.app, sessionOf(used), 'GET', '/api/v1/me/two-factor')).body.recoveryCodesLeft, 9);
  });

  it('kills a challenge after five wrong codes, even if the sixth is right', async () => {
    const p = await invitePerson(t.app, a, 'guess@example.com');
    const { secret } = await enrol(t.app, p);
    const challenge = await challengeFor(p);
    const wrong = wrongCode(secret);
    for (let i = 1; i <= 5; i++) {
      const res = await secondStep({ challenge, code: wrong });
      assert.equal(res.statusCode, 422);
      assert.equal(res.json().error.details.triesLeft, 5 - i);
    }
    const right = await secondStep({ challenge, code: totpCode(secret, 1) });
    assert.equal(right.statusCode, 401);
    assert.equal(right.json().error.code, 'challenge_expired');
    const made = await secondStep({ challenge: 'chc_made-up-challenge', code: totpCode(secret, 1) });
    assert.equal(made.statusCode, 401);
    // Five guesses at once count as five: none gets a sixth.
    const parallel = await challengeFor(p);
    const answers = await Promise.all(Array.from({ length: 8 }, () => secondStep({ challenge: parallel, code: wrong })));
    assert.deepEqual(answers.map((r) => r.statusCode).sort(), [401, 401, 401, 422, 422, 422, 422, 422]);
  });

  it('makes new recovery codes and turns off only with a code or the password', async () => {
    const p = await invitePerson(t.app, a, 'off@example.com');
    const { secret, recoveryCodes } = await enrol(t.app, p);
    const none = await call(t.app, p, 'POST', '/api/v1/me/two-factor/disable', {});
    assert.equal(none.status, 422);
    assert.equal(none.body.error.code, 'proof_required');
    const badPassword = await call(t.app, p, 'POST', '/api/v1/me/two-factor/disable', { password: 'not it at all' });
    assert.equal(badPassword.status, 422);
    assert.equal(badPassword.body.error.field, 'password');

    const fresh = await call(t.app, p, 'POST', '/api/v1/me/two-factor/recovery-codes', { code: totpCode(secret, 1) });
    assert.equal(fresh.status, 200);
    assert.equal(fresh.body.recoveryCodes.length, 10);
    const old = await secondStep({ challenge: await challengeFor(p), recoveryCode: recoveryCodes[0] });
    assert.equal(old.statusCode, 422, 'old recovery codes stop working');
    assert.equal((await secondStep({ challenge: await challengeFor(p), recoveryCode: fresh.body.recoveryCodes[0] })).statusCode, 200);

    const off = await call(t.app, p, 'POST', '/api/v1/me/two-factor/disable', { password: p.password });
    assert.equal(off.status, 204);
    assert.ok((await passwordStep(t.app, p.email, p.password)).cookie, 'the password alone signs in again');
    assert.equal((await call(t.app, p, 'GET', '/api/v1/me/two-factor')).body.enabled, false);
  });

  it('refuses API tokens on the account security routes', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/me/two-factor'],
      ['POST', '/api/v1/me/two-factor/setup'],
      ['POST', '/api/v1/me/two-factor/disable'],
    ] as const) {
      const res = await call(t.app, a.token, method, url, method === 'POST' ? {} : undefined);
      assert.equal(res.status, 403, `${method} ${url}`);
      assert.equal(res.body.error.code, 'session_required');
    }
    assert.equal((await call(t.app, null, 'GET', '/api/v1/me/two-factor')).status, 401);
  });
});
