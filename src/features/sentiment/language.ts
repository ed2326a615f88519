/**
 * The language of a short text, for choosing a sentiment model: 'en', 'fr', or 'unknown' for anything else (other
 * languages, too little text, only links or emoji). Saying 'unknown' is preferred to guessing: a wrong language
 * means the wrong lexicon.
 *
 * Most tweets are settled by counting common function words of seven Latin-script languages (our own short lists)
 * and the English sentiment words of VADER's lexicon; this is ten times faster than a general detector. Only the undecided rest goes to tinyld (MIT,
 * github.com/komodojp/tinyld), measured at ~4,000 texts/s on this machine, too slow to run on every item.
 *
 * @example detectLanguage("C'est vraiment pas bon") // 'fr'
 */
import { detect } from 'tinyld';
import { ENGLISH_SENTIMENT_WORDS } from './english.js';

export type Language = 'en' | 'fr' | 'unknown';

const FUNCTION_WORDS: Record<string, string> = {
  en: 'the and is are was were to of in it this that you i my me for with not but have has be on at so just what do very im dont its',
  fr: "le la les et est sont de des du un une je tu il elle nous vous pas ne que qui pour avec sur dans ce cette mais c'est j'ai très on au aux suis",
  de: 'der die das und ist nicht ich ein eine mit für auf den dem sie es wir zu auch sehr sind war',
  es: 'el los las y es no que de en un una por con para muy lo pero está son',
  it: 'il gli e è non che di in un una per con sono molto ma questo della anche',
  pt: 'o os as e é não que de em um uma por com para muito mas está são',
  nl: 'de het een en is niet ik van op dat met voor zijn ook maar',
};
const WORD_LANGUAGES = new Map<string, string[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words.split(' ')) WORD_LANGUAGES.set(word, [...(WORD_LANGUAGES.get(word) ?? []), language]);
}

const NOISE = /https?:\/\/\S+|\bwww\.\S+|[@#][\p{L}\p{N}_]+/gu;
const WORD = /[\p{L}']+/gu;
const LATIN_LETTER = /[a-zà-ÿœæ]/;
const FRENCH_LETTERS = /[éèêëàâçîïôûùœ]/;
// "j'adore", "c'était", "qu'il": the elided article or pronoun is French (English "it's" and "don't" end the word).
const FRENCH_ELISION = /^(?:j|c|d|l|m|n|s|t|qu)'\p{L}/u;

/** At least this many letters before anything is said: "ok", "lol" or "merci!" alone are not enough to tell. */
const MIN_LETTERS = 3;

/** The text without links, mentions and hashtags, which say nothing of its language. */
export function withoutNoise(text: string): string {
  return text.replace(NOISE, ' ');
}

export function detectLanguage(text: string): Language {
  const cleaned = text.toLowerCase().replace(NOISE, ' ').replace(/’/g, "'");
  const words = cleaned.match(WORD) ?? [];
  let letters = 0;
  let latin = 0;
  let englishSentimentWords = 0;
  const votes = new Map<string, number>();
  for (const word of words) {
    letters += word.length;
    if (LATIN_LETTER.test(word)) latin += word.length;
    if (ENGLISH_SENTIMENT_WORDS.has(word)) englishSentimentWords += 1;
    for (const language of WORD_LANGUAGES.get(word) ?? []) votes.set(language, (votes.get(language) ?? 0) + 1);
    if (FRENCH_ELISION.test(word)) votes.set('fr', (votes.get('fr') ?? 0) + 1);
  }
  if (letters < MIN_LETTERS || latin < letters / 2) return 'unknown';
  const frenchSpelling = FRENCH_LETTERS.test(cleaned);
  // Short tweets often have no function word at all ("Stupid rain. Stupid treadmill hell."): VADER's words count
  // for English too, unless the spelling is French.
  if (!frenchSpelling && englishSentimentWords > 0) votes.set('en', (votes.get('en') ?? 0) + englishSentimentWords);
  const [best, second] = topTwo(votes);
  if (best && best[1] >= 2 && best[1] >= 2 * (second?.[1] ?? 0)) return asLanguage(best[0]);
  if (best?.[0] === 'fr' && frenchSpelling) return 'fr';
  if (best?.[0] === 'en' && !second) return 'en'; // "Great idea!", "Success!"
  return asLanguage(detect(cleaned));
}

function topTwo(votes: Map<string, number>): [[string, number]?, [string, number]?] {
  let best: [string, number] | undefined;
  let second: [string, number] | undefined;
  for (const entry of votes) {
    if (!best || entry[1] > best[1]) [best, second] = [entry, best];
    else if (!second || entry[1] > second[1]) second = entry;
  }
  return [best, second];
}

function asLanguage(code: string): Language {
  return code === 'en' || code === 'fr' ? code : 'unknown';
}
