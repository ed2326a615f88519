import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { useTenantApp, FIRST_OWNER_PASSWORD } from '../../testing/scenario.js';

/** A refused attempt: 429, how long to wait in `Retry-After` and in words, in the documented error shape. */
function assertRateLimited(res: { statusCode: number; headers: Record<string, unknown>; body: string }) {
  assert.equal(res.statusCode, 429, res.body);
  const seconds = Number(res.headers['retry-after']);
  assert.ok(Number.isInteger(seconds) && seconds > 0, `Retry-After: ${String(res.headers['retry-after'])}`);
  const body = JSON.parse(res.body) as { error: { code: string; message: string } };
  assert.equal(body.error.code, 'rate_limited');
  assert.match(body.error.message, /\d+ (second|minute)s?/, body.error.message);
}

forEachDatabase('sign-in attempt limits', (getDb) => {
  const { t, a } = useTenantApp(getDb);

  const login = (email: string, password: string, remoteAddress = '127.0.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress });

  it('stops one address spraying a common password across many emails before the 40th', async () => {
    const statuses: number[] = [];
    let refused: Awaited<ReturnType<typeof login>> | undefined;
    for (let i = 0; i < 40; i++) {
      const res = await login(`person${i}@spray.example`, 'Summer2026!', '203.0.113.7');
      statuses.push(res.statusCode);
      refused ??= res.statusCode === 429 ? res : undefined;
    }
    assert.ok(refused, `never refused: ${statuses.join(',')}`);
    assertRateLimited(refused);
    assert.ok(statuses.indexOf(429) < 39, `first 429 at attempt ${statuses.indexOf(429) + 1}`);
    assert.equal(statuses.at(-1), 429, 'still refused at the end');
    // Another address is not punished for it.
    assert.equal((await login(a.email, FIRST_OWNER_PASSWORD, '203.0.113.8')).statusCode, 200);
  });

  it('counts an IPv6 client by its /64, where one machine holds millions of addresses', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 40; i++) statuses.push((await login(`v6-${i}@spray.example`, 'Summer2026!', `2001:db8:1:2::${i.toString(16)}`)).statusCode);
    assert.ok(statuses.includes(429), statuses.join(','));
  });

  it("stops guessing one account's password from many addresses", async () => {
    const statuses: number[] = [];
    let refused: Awaited<ReturnType<typeof login>> | undefined;
    for (let i = 1; i <= 40; i++) {
      const res = await login(a.email, `guess-${i}`, `198.51.100.${i}`);
      statuses.push(res.statusCode);
      refused ??= res.statusCode === 429 ? res : undefined;
    }
    assert.ok(refused, `never refused: ${statuses.join(',')}`);
    assertRateLimited(refused);
    // The same email in another case is the same account.
    assertRateLimited(await login(a.email.toUpperCase(), 'guess-again', '198.51.100.200'));
    // Other accounts are not affected.
    assert.equal((await login('someone-else@example.com', 'wrong', '198.51.100.201')).statusCode, 401);
  });

  it('still limits one address on one email to ten tries a minute', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await login('guess@example.com', `try${i}`, '192.0.2.50')).statusCode);
    assert.deepEqual(statuses.slice(0, 10), Array(10).fill(401));
    assertRateLimited(await login('guess@example.com', 'try-more', '192.0.2.50'));
  });

  it('limits invite acceptance per address, with the time to wait', async () => {
    let refused: Awaited<ReturnType<typeof login>> | undefined;
    for (let i = 0; i < 40 && !refused; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/invites/accept',
        payload: { token: `chi_guess${i.toString().padStart(40, '0')}`, password: 'a good long password' },
        remoteAddress: '203.0.113.99',
      });
      if (res.statusCode === 429) refused = res;
      else assert.equal(res.statusCode, 422, res.body);
    }
    assert.ok(refused, 'never refused');
    assertRateLimited(refused);
  });
});
