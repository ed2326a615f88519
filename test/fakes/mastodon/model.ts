/**
 * The fake Mastodon's data and the two rules it shares with real Mastodon's rendering: how a status's text becomes
 * HTML `content`, and how its length is counted. Written from the docs on purpose, not imported from the connector,
 * so a mistake in the connector's counting is not mirrored here.
 */

export interface Account {
  id: string;
  username: string;
  displayName: string;
}

export interface Status {
  id: string;
  accountId: string;
  /** The source text as posted. */
  text: string;
  createdAt: string;
  visibility: string;
  inReplyToId: string | null;
  mediaIds: string[];
  favourites: number;
  /** Accounts that favourited it (`POST /api/v1/statuses/:id/favourite`). */
  favouritedBy?: Set<string>;
  reblogs: number;
  /** ISO 639-1, as the author's client sent it; null when none was. */
  language?: string | null;
}

export interface Attachment {
  id: string;
  type: 'image' | 'video' | 'gifv' | 'audio';
  url: string;
  description: string | null;
}

const URL_PATTERN = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’”]/g;

/**
 * Mastodon's `StatusLengthValidator`: grapheme clusters, and every URL counts as 23 characters
 * (`characters_reserved_per_url`) however long it is (docs.joinmastodon.org/user/posting/#text).
 */
export function textLength(text: string): number {
  const withoutUrls = text.replace(URL_PATTERN, 'x'.repeat(23));
  return [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(withoutUrls)].length;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A link as Mastodon renders it: scheme and tail hidden in `invisible` spans, the middle shortened with an ellipsis. */
function renderLink(url: string): string {
  const match = /^(https?:\/\/(?:www\.)?)(.*)$/.exec(url);
  const scheme = match?.[1] ?? '';
  const rest = match?.[2] ?? url;
  const shown = rest.slice(0, 30);
  const hidden = rest.slice(30);
  return (
    `<a href="${escape(url)}" target="_blank" rel="nofollow noopener noreferrer" translate="no">` +
    `<span class="invisible">${escape(scheme)}</span><span class="${hidden ? 'ellipsis' : ''}">${escape(shown)}</span>` +
    `<span class="invisible">${escape(hidden)}</span></a>`
  );
}

/** Mastodon's `TextFormatter`: escaped text, paragraphs on blank lines, `<br />` on line breaks, linked URLs. */
export function renderContent(text: string): string {
  const paragraphs = text.trim().split(/\n{2,}/);
  return paragraphs
    .map((paragraph) => {
      let html = '';
      let last = 0;
      for (const m of paragraph.matchAll(URL_PATTERN)) {
        html += escape(paragraph.slice(last, m.index)) + renderLink(m[0]);
        last = m.index + m[0].length;
      }
      html += escape(paragraph.slice(last));
      return `<p>${html.replace(/\n/g, '<br />')}</p>`;
    })
    .join('');
}
