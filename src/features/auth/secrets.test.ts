import assert from 'node:assert/strict';
import { it } from 'node:test';
import { hashPassword, hashPasswordsCheaplyForTests, unmatchableHash, verifyPassword } from './secrets.js';

// One file, one order: the product's cost is checked before the test suite's cheap cost is switched on.
it('hashes at the product cost (N=2^15, r=8, p=3) unless a test asks otherwise, and checks a hash at whatever cost it carries', async () => {
  const strong = await hashPassword('correct horse battery staple');
  assert.match(strong, /^scrypt\$32768\$8\$3\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
  assert.match(unmatchableHash(), /^scrypt\$32768\$8\$3\$/);
  assert.equal(await verifyPassword('correct horse battery staple', strong), true);
  assert.equal(await verifyPassword('Correct horse battery staple', strong), false);

  hashPasswordsCheaplyForTests();
  const cheap = await hashPassword('correct horse battery staple');
  assert.match(cheap, /^scrypt\$1024\$8\$1\$/);
  assert.match(unmatchableHash(), /^scrypt\$1024\$8\$1\$/);
  // A password saved at either cost still opens: the hash says how it was made.
  assert.equal(await verifyPassword('correct horse battery staple', strong), true);
  assert.equal(await verifyPassword('correct horse battery staple', cheap), true);
  assert.equal(await verifyPassword('anything', unmatchableHash()), false);
  assert.equal(await verifyPassword('anything', null), false);
  assert.equal(await verifyPassword('anything', 'bcrypt$whatever'), false);
});
