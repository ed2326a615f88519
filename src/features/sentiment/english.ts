/**
 * English sentiment with VADER (Hutto & Gilbert, ICWSM 2014; lexicon and rules MIT, github.com/cjhutto/vaderSentiment)
 * through its JavaScript port vader-sentiment (Apache-2.0). The port predates VADER 3.3's emoji handling, so emoji
 * are first replaced by their names as VADER 3.3 does (emoji-words.tsv: the rows of VADER's emoji_utf8_lexicon.txt,
 * MIT, whose name holds a word of the VADER lexicon — the others could not change a score).
 *
 * @example scoreEnglish('not good') // -0.34 (VADER's compound score, in [-1, 1])
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vader from 'vader-sentiment';
import { dataFile } from './data-file.js';

const EMOJI_NAMES = new Map(
  readFileSync(dataFile('emoji-words.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => line.split('\t') as [string, string]),
);
const EMOJI = new RegExp([...EMOJI_NAMES.keys()].sort((a, b) => b.length - a.length).map(escape).join('|'), 'gu');

const BEYOND_LATIN = /[^\u0000-\u1fff]/;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function scoreEnglish(text: string): number {
  // Every emoji lies above U+2000; most texts have none, and the long alternation is then not run.
  const named = BEYOND_LATIN.test(text) ? text.replace(EMOJI, (emoji) => ` ${EMOJI_NAMES.get(emoji) ?? ''} `) : text;
  return polarity(named);
}

/**
 * VADER's `polarity_scores`, with the port's own rules (valence, negation, boosters, "but", punctuation), fed by a
 * faster equivalent of its tokenizer: the port builds, for every text, a table of each word with each of 17
 * punctuation marks before and after it, which took 90% of its time (a CPU profile: ~2,000 texts/s). Its answers
 * are the port's own (english.test.ts compares them on the check sets).
 */
function polarity(text: string): number {
  const words = vaderWords(text);
  const capsDiffer = someButNotAllUpper(words);
  const sentiText = { words_and_emoticons: words, is_cap_diff: capsDiffer };
  let sentiments: number[] = [];
  for (let i = 0; i < words.length; i++) {
    // VADER's booster words carry no valence of their own; of them only "kind" (of "kind of") is in the lexicon.
    if (words[i]!.toLowerCase() === 'kind' && words[i + 1]?.toLowerCase() === 'of') {
      sentiments.push(0);
      continue;
    }
    sentiments = VADER.sentiment_valence(0, sentiText, words[i]!, i, sentiments);
  }
  sentiments = VADER.but_check(words, sentiments);
  return VADER.score_valence(sentiments, text).compound;
}

const VADER = vader.SentimentIntensityAnalyzer;
const PUNCTUATION = ['.', '!', '?', ',', ';', ':', '-', "'", '"', '!!', '!!!', '??', '???', '?!?', '!?!', '?!?!', '!?!?'];
const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** The port's words: tokens of 2+ characters; one glued to a mark of PUNCTUATION loses it when the rest is a word. */
function vaderWords(text: string): string[] {
  const known = new Set(text.replace(ASCII_PUNCTUATION, '').split(/\s/).filter((word) => word.length > 1));
  const words: string[] = [];
  for (const token of text.split(/\s/)) {
    if (token.length <= 1) continue;
    words.push(withoutMark(token, known));
  }
  return words;
}

function withoutMark(token: string, known: Set<string>): string {
  for (const mark of PUNCTUATION) {
    if (token.startsWith(mark) && known.has(token.slice(mark.length))) return token.slice(mark.length);
    if (token.endsWith(mark) && known.has(token.slice(0, -mark.length))) return token.slice(0, -mark.length);
  }
  return token;
}

function someButNotAllUpper(words: string[]): boolean {
  const upper = words.filter((word) => /^[^a-z]*[A-Z]+[^a-z]*$/.test(word)).length;
  return upper > 0 && upper < words.length;
}

/** Words of the VADER lexicon, a sign of English when the common function words did not settle a short text. */
export const ENGLISH_SENTIMENT_WORDS: ReadonlySet<string> = new Set(
  readFileSync(createRequire(import.meta.url).resolve('vader-sentiment/vader_lexicon.txt'), 'utf8')
    .split('\n')
    .map((line) => line.slice(0, line.indexOf('\t')))
    .filter((word) => /^[a-z']{3,}$/.test(word)),
);
