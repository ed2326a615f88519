/**
 * The features the French sentiment model reads from a text: its words, pairs of neighbouring words, and the
 * 3- to 5-character pieces of each word (they catch spelling variants, elongations and inflections that a short
 * training set never saw whole). Training (scripts/train-sentiment.ts) and scoring use this one function, so a change
 * here needs the model retrained.
 *
 * @example featuresOf('Pas bon du tout @user') // ['w:pas', 'w:bon', 'b:pas bon', …, 'c: pa', 'c:pas', …]
 */
const URL = /https?:\/\/\S+|\bhttps?\b|\bwww\.\S+/g;
const MENTION = /@\w+/g;
// A token is a run of letters, digits, apostrophes and hashtag marks, or any one other visible character (emoji,
// punctuation): "!!" and "😍" carry sentiment in tweets.
const TOKEN = /[\p{L}\p{N}_#'’]+|[^\s\p{L}\p{N}]/gu;

export function wordsOf(text: string): string[] {
  const cleaned = text.toLowerCase().replace(URL, ' ').replace(MENTION, ' @u ');
  const tokens = cleaned.match(TOKEN) ?? [];
  return tokens.map((token) => (token.length > 1 && token.startsWith('#') ? token.slice(1) : token));
}

export function featuresOf(text: string, minGram = 3, maxGram = 5): string[] {
  const words = wordsOf(text);
  const features = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    features.add(`w:${word}`);
    if (i > 0) features.add(`b:${words[i - 1]!} ${word}`);
    const padded = ` ${word} `;
    for (let n = minGram; n <= maxGram; n++) {
      for (let at = 0; at + n <= padded.length; at++) features.add(`c:${padded.slice(at, at + n)}`);
    }
  }
  return [...features];
}
