import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { Condition } from './conditions.js';
import { compileRules, firstMatch, type AudienceRule } from './rules.js';
import { createVisitorResolver } from './visitor.js';

const A = 'https://drinks.example/ice-cold';
const B = 'https://drinks.example/hot-chocolate';
const stored: unknown = [
  { when: { climate: 'hot' }, url: A },
  { when: { climate: 'cold' }, url: B },
];
// What the links feature does with stored JSON: validate once, then compile.
const rules: AudienceRule[] = z.array(z.object({ when: Condition, url: z.string() })).parse(stored);

const iphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const resolver = createVisitorResolver();
const request = (ip: string) => ({ ip, userAgent: iphone, acceptLanguage: 'en', url: '/soda' });
const fromBrazil = resolver.visitorFrom(request('200.160.2.3'));
const fromCanada = resolver.visitorFrom(request('192.139.46.1')); // registered to a network in Canada
const fromNowhere = resolver.visitorFrom(request('192.168.0.2'));
const january = new Date('2026-01-20T18:00:00Z');
const july = new Date('2026-07-20T18:00:00Z');

describe('the soft-drink scenario, end to end', () => {
  it('the visitors come from where their addresses say', () => {
    assert.equal(fromBrazil.country, 'BR');
    assert.equal(fromCanada.country, 'CA');
    assert.equal(fromNowhere.country, null);
  });

  it('January: Brazil gets the cold drink (A), Canada the hot one (B)', () => {
    assert.equal(firstMatch(rules, fromBrazil, january), A);
    assert.equal(firstMatch(rules, fromCanada, january), B);
    assert.equal(firstMatch(rules, fromNowhere, january), null, 'falls back to the link’s own URL');
  });

  it('July: Canada is hot too; compiled rules agree with firstMatch', () => {
    const pick = compileRules(rules);
    assert.equal(pick(fromCanada, july), A);
    assert.equal(pick(fromBrazil, july), A);
    for (const v of [fromBrazil, fromCanada, fromNowhere]) {
      for (const now of [january, july]) assert.equal(pick(v, now), firstMatch(rules, v, now));
    }
  });

  it('the first matching rule wins, in order', () => {
    const ordered: AudienceRule[] = [
      { when: Condition.parse({ device: { in: ['mobile'] } }), url: 'https://m.example/' },
      { when: Condition.parse({ climate: 'hot' }), url: A },
    ];
    assert.equal(firstMatch(ordered, fromBrazil, january), 'https://m.example/');
    assert.equal(firstMatch([...ordered].reverse(), fromBrazil, january), A);
  });
});
