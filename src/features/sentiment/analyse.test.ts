import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { frenchModelLoaded } from './french.js';
import { analyseText, analyseTexts } from './analyse.js';
import { detectLanguage } from './language.js';

const pick = (result: { language: string; label: string }) => [result.language, result.label];

describe('sentiment of a text', () => {
  it('tells clear English positives and negatives apart, negation included', () => {
    for (const text of ['I love this, great job!', 'What a wonderful day :)', 'Thanks so much, you are awesome']) {
      assert.deepEqual([analyseText(text).language, analyseText(text).label], ['en', 'positive'], text);
    }
    for (const text of ['This is terrible, I hate it.', 'The worst service ever :(', 'This is not good.']) {
      assert.deepEqual([analyseText(text).language, analyseText(text).label], ['en', 'negative'], text);
    }
    assert.ok(analyseText('This is not good.').score < 0 && analyseText('This is good.').score > 0, 'not flips good');
  });

  it('tells clear French positives and negatives apart, negation included, with the shipped lexicon or a trained model', (t) => {
    t.diagnostic(frenchModelLoaded ? 'French scored by the trained model' : 'French scored by the shipped lexicon (AFINN-fr)');
    for (const text of ["Super, j'adore ce produit !", 'Merci beaucoup pour votre aide, génial', "C'est vraiment une belle réussite, bravo"]) {
      assert.deepEqual([analyseText(text).language, analyseText(text).label], ['fr', 'positive'], text);
    }
    for (const text of ["C'est vraiment nul", "Ce n'est pas bon du tout, je suis déçu", 'Quelle honte, service scandaleux']) {
      assert.deepEqual([analyseText(text).language, analyseText(text).label], ['fr', 'negative'], text);
    }
    assert.equal(analyseText('Le magasin ouvre à 9 h ce samedi').label, 'neutral');
  });

  it('reads emoji', () => {
    assert.equal(analyseText('I love it 😍').label, 'positive');
    assert.ok(analyseText('The match tonight 😍').score > analyseText('The match tonight').score);
  });

  it('says unknown and neutral for other languages, empty text and links alone', () => {
    for (const text of ['Das ist wirklich sehr gut, ich bin zufrieden', 'これはとても良いです', '', '   ', 'https://example.com/a/b?c=d', '@someone #tag']) {
      assert.deepEqual(analyseText(text), { language: 'unknown', label: 'neutral', score: 0 }, text);
    }
  });

  it('scores emoticons and emoji alone, or in a text of another language, without naming a language', () => {
    assert.deepEqual(pick(analyseText('@someone :) :)')), ['unknown', 'positive']);
    assert.deepEqual(pick(analyseText('😍😍')), ['unknown', 'positive']);
    assert.deepEqual(pick(analyseText('Jeg ser ikke fjernsyn :(')), ['unknown', 'negative']);
  });

  it('keeps every score within [-1, 1], in order', () => {
    const texts = ['AMAZING!!! BEST EVER!!! 😍😍😍 love love love', 'horrible awful disgusting hate hate!!!', 'Génial génial génial, trop bien !!!', 'nul nul nul, horrible'];
    const results = analyseTexts(texts);
    assert.equal(results.length, texts.length);
    results.forEach((result, i) => {
      assert.ok(result.score >= -1 && result.score <= 1, `${texts[i]}: ${result.score}`);
      assert.deepEqual(result, analyseText(texts[i]!));
    });
    assert.equal(results[0]!.label, 'positive');
    assert.equal(results[1]!.label, 'negative');
  });
});

describe('language of a text', () => {
  it('tells English from French, even in short texts', () => {
    assert.equal(detectLanguage('Stupid rain. Stupid treadmill hell.'), 'en');
    assert.equal(detectLanguage('The new release is out, check it out'), 'en');
    assert.equal(detectLanguage("Je ne suis pas d'accord avec vous"), 'fr');
    assert.equal(detectLanguage('Très déçu par la livraison'), 'fr');
  });

  it('says unknown for Spanish, Italian, Japanese and too little text', () => {
    assert.equal(detectLanguage('No me gusta nada, es muy malo para todos'), 'unknown');
    assert.equal(detectLanguage('Non mi piace per niente, è molto brutto'), 'unknown');
    assert.equal(detectLanguage('今日はいい天気ですね'), 'unknown');
    assert.equal(detectLanguage('ok'), 'unknown');
  });
});
