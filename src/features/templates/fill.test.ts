/** Filling variables and adding signatures, without a database. Run: node scripts/test.mjs src/features/templates/fill.test.ts */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fillText, valuesFor, variablesIn, withSignature, type ScopedValue } from './fill.js';

const rows: ScopedValue[] = [
  { channel_id: null, segment_id: null, name: 'city', value: 'Paris' },
  { channel_id: null, segment_id: null, name: 'promo_code', value: 'ALL' },
  { channel_id: 'c1', segment_id: null, name: 'city', value: 'Lyon' },
  { channel_id: 'c2', segment_id: null, name: 'city', value: 'Lille' },
  { channel_id: null, segment_id: 's1', name: 'city', value: 'Nice' },
];

test('segment wins over channel, channel over workspace, values given over all', () => {
  assert.equal(valuesFor(rows, 'c3', null).get('city'), 'Paris');
  assert.equal(valuesFor(rows, 'c1', null).get('city'), 'Lyon');
  assert.equal(valuesFor(rows, 'c1', 's1').get('city'), 'Nice');
  assert.equal(valuesFor(rows, 'c2', 's2').get('city'), 'Lille', "another segment's value does not apply");
  assert.equal(valuesFor(rows, 'c1', 's1', { city: 'Rome' }).get('city'), 'Rome');
  assert.equal(valuesFor(rows, 'c1', 's1').get('promo_code'), 'ALL');
});

test('fills known names, reports missing ones once, leaves what is not a name as text', () => {
  const values = new Map([['city', 'Lyon'], ['price', '$1 & $&']]);
  assert.deepEqual(fillText('{{city}} {{ city }} {{price}}', values), { text: 'Lyon Lyon $1 & $&', missing: [] });
  assert.deepEqual(fillText('{{promo}} {{promo}} {{City}} {{}}', values), { text: '{{promo}} {{promo}} {{City}} {{}}', missing: ['promo'] });
  assert.deepEqual(variablesIn('{{a}} {{ b_2 }} {{a}} {{3x}}'), ['a', 'b_2']);
});

test('the signature goes after a blank line, once', () => {
  assert.equal(withSignature('Fresh bread  ', '— The Bakery'), 'Fresh bread\n\n— The Bakery');
  assert.equal(withSignature('Fresh bread\n\n— The Bakery', '— The Bakery'), 'Fresh bread\n\n— The Bakery');
  assert.equal(withSignature('Fresh bread', undefined), 'Fresh bread');
  assert.equal(withSignature('', '— The Bakery'), '— The Bakery');
});
