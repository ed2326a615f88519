/**
 * Sentiment and language of short texts (inbox items), offline: English with VADER, French with the shipped French
 * lexicon (french-lexicon.ts), or a naive Bayes model when one was trained locally (french.ts), anything else `unknown`
 * and neutral rather than a guess; emoji and emoticons count in every language.
 *
 * @example analyseText('This is not good.') // { language: 'en', label: 'negative', score: -0.341 }
 */
import { scoreEnglish } from './english.js';
import { frenchModelLoaded, scoreFrench, type SentimentLabel } from './french.js';
import { scoreFrenchLexicon } from './french-lexicon.js';
import { detectLanguage, withoutNoise, type Language } from './language.js';

export type { Language, SentimentLabel };

export interface Sentiment {
  language: Language;
  label: SentimentLabel;
  /** From -1 (most negative) to 1 (most positive). */
  score: number;
}

/** VADER's own thresholds on its compound score (its README): within ±0.05 is neutral. */
const ENGLISH_NEUTRAL = 0.05;

export function analyseText(text: string): Sentiment {
  const language = detectLanguage(text);
  if (language === 'en') {
    return { language, ...englishLabel(scoreEnglish(text)) };
  }
  if (language === 'fr' && frenchModelLoaded) {
    const { label, score } = scoreFrench(text);
    return { language, label, score: round(score) };
  }
  if (language === 'fr') {
    // No trained model: the shipped French lexicon, with the emoji and emoticons as in any language.
    const symbols = symbolsOf(text);
    const words = scoreFrenchLexicon(text);
    const emoji = symbols ? scoreEnglish(symbols) : 0;
    return { language, ...frenchLabel(words === 0 ? emoji : emoji === 0 ? words : (words + emoji) / 2) };
  }
  // Emoticons and emoji (":)", "😍") say the same thing in every language: VADER's entries score them, and only them,
  // in a text whose language is unknown.
  const symbols = symbolsOf(text);
  if (symbols) return { language, ...englishLabel(scoreEnglish(symbols)) };
  return { language, label: 'neutral', score: 0 };
}

/** The tokens with at most one letter and some sign, like ":)", ":D", "<3" or "😍"; words and links left out. */
function symbolsOf(text: string): string {
  const tokens = withoutNoise(text).split(/\s+/);
  return tokens.filter((token) => !/\p{L}\p{L}/u.test(token) && /[^\p{L}\p{N}]/u.test(token)).join(' ');
}

/** Neutral band of the French lexicon's score, chosen on UMSAB French's validation split (never on its test split). */
const FRENCH_NEUTRAL = Number(process.env.CHORUS_FR_NEUTRAL ?? 0.05);

function frenchLabel(compound: number): { label: SentimentLabel; score: number } {
  const score = round(compound);
  return { label: score >= FRENCH_NEUTRAL ? 'positive' : score <= -FRENCH_NEUTRAL ? 'negative' : 'neutral', score };
}

function englishLabel(compound: number): { label: SentimentLabel; score: number } {
  const score = round(compound);
  return { label: score >= ENGLISH_NEUTRAL ? 'positive' : score <= -ENGLISH_NEUTRAL ? 'negative' : 'neutral', score };
}

/** The sentiment of each text, in the same order. */
export function analyseTexts(texts: readonly string[]): Sentiment[] {
  return texts.map(analyseText);
}

function round(score: number): number {
  return Math.max(-1, Math.min(1, Math.round(score * 1000) / 1000));
}
