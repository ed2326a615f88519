import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreFrenchLexicon } from './french-lexicon.js';

test('French lexicon: rated words and their conjugated forms, negation around the verb, boosters', () => {
  assert.ok(scoreFrenchLexicon("J'adore ce nouveau goût") > 0.3);
  assert.ok(scoreFrenchLexicon('Livraison horrible, produit cassé') < -0.3);
  assert.ok(scoreFrenchLexicon("Ce n'est pas génial") < 0, 'ne … pas flips the word');
  assert.ok(scoreFrenchLexicon("Ce n'est pas terrible") > 0 && scoreFrenchLexicon("C'est terrible") < 0);
  assert.ok(scoreFrenchLexicon('Ils détestent ça') < 0 && scoreFrenchLexicon('Des clients détestés') < 0, 'forms found by their stem');
  assert.ok(scoreFrenchLexicon('vraiment génial') > scoreFrenchLexicon('génial'), 'a booster strengthens');
  assert.equal(scoreFrenchLexicon('Le train part à 8 h de Lyon'), 0, 'no rated word: neutral');
  assert.equal(scoreFrenchLexicon('https://exemple.fr/super @super'), 0, 'links and mentions are not words');
});
