/**
 * French sentiment from a lexicon, shipped with Chorus: AFINN-fr-165 (2,192 words and phrases rated from −5 to +5, the
 * French AFINN of Finn Årup Nielsen, github.com/fnielsen/afinn, `afinn/data/AFINN-fr-165.txt` at 1d6dfd2, Apache-2.0),
 * a few everyday words it lacks (EVERYDAY below), words found by their stem when conjugated or plural, and VADER's
 * rules where French says them differently: negation ("ne … pas", "pas", "jamais", "rien", "sans") flips and damps a
 * word, "très"/"trop"/"vraiment"… strengthen it, and the sum is squashed into [−1, 1] as VADER does. Used when no
 * trained French model is present (french.ts); emoji and emoticons are added by the caller (analyse.ts).
 * Measured on UMSAB French (bench/RESULTS.md, 2026-12-07): macro-F1 0.537 on its 870 test tweets.
 *
 * @example scoreFrenchLexicon("Ce n'est pas génial") // < 0
 */
import { readFileSync } from 'node:fs';
import { dataFile } from './data-file.js';

const LEXICON = new Map<string, number>();
let longestPhrase = 1;
for (const line of readFileSync(dataFile('afinn-fr-165.tsv'), 'utf8').split('\n')) {
  const [term, value] = line.split('\t');
  if (!term || value === undefined) continue;
  const key = term.trim().toLowerCase();
  LEXICON.set(key, Number(value));
  longestPhrase = Math.max(longestPhrase, key.split(' ').length);
}

/**
 * The lexicon lists one form of each word ("aimer", "génial"); tweets conjugate and agree ("aime", "géniales").
 * A word not found as written is looked up by its stem: the word without a common verb or plural ending.
 */
const ENDINGS = /(issements|issement|eraient|eront|erais|erait|ements|ement|aient|antes|ante|ants|ant|ées|ée|és|é|ons|ez|ent|er|ir|es|e|s|x)$/;
const stem = (word: string): string => (word.length > 4 ? word.replace(ENDINGS, '') : word);
const BY_STEM = new Map<string, number>();
for (const [term, value] of LEXICON) {
  if (term.includes(' ')) continue;
  const key = stem(term);
  if (key.length >= 4 && !BY_STEM.has(key)) BY_STEM.set(key, value);
}

/**
 * Everyday words of French posts that the translated AFINN lacks, rated on its scale by Chorus (chosen from common
 * usage, not from any test set): the machine translation kept "aimé" and "adore" but not "aime", "nul" or "top".
 */
const EVERYDAY: ReadonlyArray<[string, number]> = [
  ['aime', 2], ['aimer', 2], ['aiment', 2], ['kiffe', 2], ['top', 2], ['cool', 1], ['meilleur', 2], ['meilleure', 2],
  ['magnifique', 3], ['excellent', 3], ['excellente', 3], ['parfait', 3], ['parfaite', 3], ['nul', -3], ['nulle', -3],
  ['naze', -2], ['bof', -1], ['décevant', -2], ['décevante', -2], ['arnaque', -3], ['dommage', -1], ['honteux', -2],
];
for (const [term, value] of EVERYDAY) if (!LEXICON.has(term)) LEXICON.set(term, value);

/** Negators look back this many words, as VADER's do (three). */
const NEGATION_WINDOW = 3;
const NEGATORS = new Set(['pas', 'jamais', 'rien', 'aucun', 'aucune', 'sans', 'ni', 'plus', 'guère', 'personne']);
/** VADER's damping of a negated word (N_SCALAR) and boost of an intensified one (B_INCR, on the 0–4 scale, here ±5). */
const NEGATION_SCALE = -0.74;
const BOOST = 0.293 * 1.25;
const BOOSTERS = new Set(['très', 'trop', 'vraiment', 'tellement', 'super', 'hyper', 'extrêmement', 'totalement', 'complètement', 'absolument', 'si']);
/** VADER's normalisation constant (alpha = 15) on its −4…4 scale, rescaled to AFINN's −5…5. */
const ALPHA = 15 * (5 / 4) ** 2;

/** Lower-case words, elisions split off ("n'est" → "n", "est"), links, mentions and hashtag marks dropped. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/https?:\/\/\S+|@\w+/g, ' ')
    .replace(/[’']/g, "' ")
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((w) => w.replace(/^[#-]+|[-]+$/g, '').replace(/'$/, ''))
    .filter(Boolean);
}

/** The longest lexicon phrase starting at `i`, with its length in words. */
function match(tokens: string[], i: number): { value: number; length: number } | null {
  for (let n = Math.min(longestPhrase, tokens.length - i); n >= 1; n--) {
    const value = LEXICON.get(tokens.slice(i, i + n).join(' ')) ?? (n === 1 ? BY_STEM.get(stem(tokens[i]!)) : undefined);
    if (value !== undefined) return { value, length: n };
  }
  return null;
}

/** VADER's compound-style score in [−1, 1] of a French text from its words alone (0 when none is rated). */
export function scoreFrenchLexicon(text: string): number {
  const tokens = words(text);
  let sum = 0;
  for (let i = 0; i < tokens.length; ) {
    const found = match(tokens, i);
    if (!found) {
      i++;
      continue;
    }
    let value = found.value;
    const before = tokens.slice(Math.max(0, i - NEGATION_WINDOW), i);
    if (before.length && BOOSTERS.has(before[before.length - 1]!)) value += Math.sign(value) * BOOST * 5;
    // "ne … pas" puts "pas" after the verb: "je n'aime pas" negates "aime" from behind, so look one word ahead too.
    const after = tokens[i + found.length];
    if (before.some((w) => NEGATORS.has(w)) || (after && NEGATORS.has(after) && before.includes('n'))) value *= NEGATION_SCALE;
    sum += value;
    i += found.length;
  }
  const exclaim = Math.min(4, (text.match(/!/g) ?? []).length) * 0.292 * 1.25;
  if (sum !== 0) sum += Math.sign(sum) * exclaim;
  return sum === 0 ? 0 : sum / Math.sqrt(sum * sum + ALPHA);
}
