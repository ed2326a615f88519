import assert from 'node:assert/strict';
import { it } from 'node:test';
import { assertPublicHttpUrl, isBlockedAddress, UnsafeUrlError } from './safe-url.js';

it('recognises loopback, private, link-local and mapped addresses', () => {
  for (const ip of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fd00::1', '::ffff:127.0.0.1', '0.0.0.0']) {
    assert.equal(isBlockedAddress(ip), true, ip);
  }
  for (const ip of ['1.1.1.1', '8.8.8.8', '2606:4700::1111', '172.32.0.1']) assert.equal(isBlockedAddress(ip), false, ip);
});

it('refuses non-http schemes, credentials and private hosts unless allowed', async () => {
  await assert.rejects(assertPublicHttpUrl('file:///etc/passwd', false), UnsafeUrlError);
  await assert.rejects(assertPublicHttpUrl('https://user:pw@example.com', false), UnsafeUrlError);
  await assert.rejects(assertPublicHttpUrl('http://127.0.0.1:8080', false), /local or private/);
  await assert.rejects(assertPublicHttpUrl('http://[::1]/', false), /local or private/);
  await assert.rejects(assertPublicHttpUrl('http://localhost/', false), UnsafeUrlError);
  assert.equal((await assertPublicHttpUrl('http://127.0.0.1:8080', true)).port, '8080');
});
