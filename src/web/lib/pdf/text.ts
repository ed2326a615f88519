/**
 * Text as the PDF's built-in fonts can draw it, and the downloaded file's name.
 *
 * @example
 *   pdfFileName('analytics', 'Acme Café', '2026-11-10', '2026-12-07')   // 'chorus-analytics-acme-cafe-2026-11-10-2026-12-07.pdf'
 */

/**
 * The characters of the standard PDF fonts' encoding (WinAnsi) beyond Latin-1: curly quotes, dashes, the euro sign…
 * Anything else (emoji, CJK) would come out as garbage with Helvetica, so it is left out. Embedding a Unicode font
 * would cost the bundle hundreds of kilobytes for text that is a summary of figures anyway.
 */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** `text` with what the PDF fonts cannot draw removed; the thin spaces French numbers use become plain spaces. */
export function pdfSafe(text: string): string {
  const spaced = text.replace(/[\u2000-\u200a\u202f\u205f]/g, ' ');
  let out = '';
  for (const char of spaced) {
    const code = char.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char)) out += char;
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

/** A name as a file name part: lower case, no accents, words joined by dashes ('Acme Café' → 'acme-cafe'). */
export function slug(name: string): string {
  const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return plain.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'workspace';
}

/** `chorus-<kind>-<workspace>[-<name>]-<from>-<to>.pdf`, with the days as YYYY-MM-DD. */
export function pdfFileName(kind: string, workspace: string, from: string, to: string, name?: string): string {
  return ['chorus', kind, slug(workspace), ...(name ? [slug(name)] : []), from.slice(0, 10), to.slice(0, 10)].join('-') + '.pdf';
}
