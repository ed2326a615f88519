/**
 * How the post will look on each network: Mastodon shows links without the scheme and cut after 30 characters;
 * Bluesky shows the text as written. The part past the network's limit is struck through in red.
 */
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, ChannelLimits, Media } from '../../api';
import { mastodonDisplayUrl, splitAtLimit, splitUrls } from '../../lib/text';
import { Avatar } from '../../components/ChannelLabel';
import type { LinkPreview } from '../../api-share';
import { LinkCard } from './LinkCard';

const TAG_OR_MENTION = /([#@][\p{L}\p{N}_]+(?:@[\w.-]+\.[a-z]{2,})?)/gu;

/** The text as the network draws it: links (shortened the way Mastodon does), hashtags and mentions coloured. */
export function decorate(text: string, network: string, keyPrefix: string): ReactNode[] {
  return splitUrls(text).flatMap((part, i) => {
    const key = `${keyPrefix}${i}`;
    if (part.url) {
      const shown = network === 'mastodon' ? mastodonDisplayUrl(part.text) : part.text;
      return [
        <span key={key} className="preview__link" title={part.text}>
          {shown}
        </span>,
      ];
    }
    return part.text.split(TAG_OR_MENTION).map((piece, j) =>
      j % 2 === 1 ? (
        <span key={`${key}-${j}`} className="preview__link">
          {piece}
        </span>
      ) : (
        <Fragment key={`${key}-${j}`}>{piece}</Fragment>
      ),
    );
  });
}

interface PreviewProps {
  channel: Channel;
  text: string;
  media: Media[];
  limits: Pick<ChannelLimits, 'maxGraphemes' | 'urlLength'>;
  /** Where the text is found by tests, when not the post itself (a thread's follow-up). */
  testId?: string;
  /** The card of the text's first link, drawn where the network draws one (never beside pictures). */
  card?: LinkPreview | null;
}

/** Networks that turn a post's link into a card (Instagram, TikTok, YouTube, Pinterest and Snapchat captions do not). */
const CARD_NETWORKS = new Set(['bluesky', 'mastodon', 'x', 'facebook', 'linkedin', 'threads']);

export function PostPreview({ channel, text, media, limits, testId, card }: PreviewProps) {
  const { t } = useTranslation();
  const [fits, overflow] = splitAtLimit(text, limits);
  const shownMedia = media.filter((m) => m.url).slice(0, 4); // both networks lay out at most four in a grid
  return (
    <article className={`preview preview--${channel.network}`} aria-label={t('composer.previewFor', { handle: channel.handle })}>
      <header className="preview__author">
        <Avatar channel={channel} size={40} />
        <span>
          <strong>{channel.displayName || channel.handle}</strong>
          <span className="muted"> {channel.handle.startsWith('@') ? channel.handle : `@${channel.handle}`}</span>
        </span>
        <span className="muted preview__when">{t('composer.previewNow')}</span>
      </header>
      <p className="preview__text" data-testid={testId ?? `preview-text-${channel.network}`}>
        {text ? decorate(fits, channel.network, 'f') : <span className="muted">{t('composer.previewEmpty')}</span>}
        {overflow ? (
          <span className="preview__overflow" title={t('composer.overflowTitle')}>
            {decorate(overflow, channel.network, 'o')}
          </span>
        ) : null}
      </p>
      {card && shownMedia.length === 0 && CARD_NETWORKS.has(channel.network) ? <LinkCard network={channel.network} preview={card} /> : null}
      {shownMedia.length > 0 ? (
        <div className={`preview__media preview__media--${Math.min(shownMedia.length, 4)}`}>
          {shownMedia.map((m) => (
            <figure key={m.id}>
              {m.mimeType.startsWith('video/') ? (
                <video src={m.url} muted aria-label={m.altText || undefined} />
              ) : (
                <img src={m.url} alt={m.altText} />
              )}
              {m.altText ? <span className="preview__alt">{t('composer.altBadge')}</span> : null}
            </figure>
          ))}
        </div>
      ) : null}
    </article>
  );
}
