/** Small text helpers of the composer's template tools and the hashtag group form; pure, tested on their own. */

/** `addition` after what is written, on its own line when the text does not end with white space. */
export function appendText(text: string, addition: string): string {
  if (text.trim() === '') return addition;
  return /\s$/.test(text) ? `${text}${addition}` : `${text}\n${addition}`;
}

/** "#bread, bakery fresh" → ['bread', 'bakery', 'fresh']: people type them with or without '#', by comma or space. */
export function hashtagsOf(input: string): string[] {
  return input
    .split(/[\s,]+/)
    .map((s) => s.replace(/^#+/, ''))
    .filter(Boolean);
}
