import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import vader from 'vader-sentiment';
import { scoreEnglish } from './english.js';

const CHECK_SETS = ['en-vader-tweets.tsv'];

it('scores exactly as the VADER port does, on every check text without emoji', () => {
  const texts = CHECK_SETS.flatMap((file) =>
    readFileSync(new URL(`../../../bench/data/sentiment/${file}`, import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.includes('\t'))
      .map((line) => line.slice(line.indexOf('\t') + 1)),
  );
  assert.ok(texts.length >= 4000);
  const differing = texts
    .filter((text) => !/\p{Extended_Pictographic}/u.test(text))
    .filter((text) => scoreEnglish(text) !== vader.SentimentIntensityAnalyzer.polarity_scores(text).compound);
  assert.deepEqual(differing, []);
});

it('reads emoji by their names, as VADER 3.3 does', () => {
  assert.ok(scoreEnglish('😍') > 0.3);
  assert.ok(scoreEnglish('😢') < 0);
  assert.ok(scoreEnglish('The match 😂') > scoreEnglish('The match'));
});
