import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstLink } from './text';

test('firstLink: the first web address of a post, as the networks pick the one they draw a card for', () => {
  assert.equal(firstLink('Summer is here: https://acme.example/summer and https://acme.example/b'), 'https://acme.example/summer');
  assert.equal(firstLink('No address, only #summer and @acme'), null);
  assert.equal(firstLink(''), null);
});
