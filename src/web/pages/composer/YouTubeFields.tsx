/**
 * A YouTube channel's settings: the title (the text is the description), privacy, category, made for kids, tags and
 * a scheduled public release (YouTube keeps the video private until then, so privacy is private meanwhile), and the
 * custom thumbnail (YouTubeThumbnail.tsx).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, Media } from '../../api';
import type { ComposeOptions } from '../../api-compose';
import { localInputToUtcIso, utcIsoToLocalInput } from '../../lib/dates';
import { graphemeLength } from '../../lib/text';
import { Field } from '../../components/Field';
import { formatDuration, youtubeTitle, type ChannelOptions } from './optionChecks';
import { YouTubeThumbnail } from './YouTubeThumbnail';

type YouTube = Extract<ComposeOptions, { network: 'youtube' }>;

interface Props {
  loaded: YouTube;
  options: ChannelOptions;
  onChange(next: ChannelOptions): void;
  text: string;
  workspaceId: string;
  channel: Channel;
  /** The post's files, among which the thumbnail can be chosen. */
  media: Media[];
  /** The thumbnail uploaded for this channel only. */
  ownThumbnail: Media | undefined;
  onThumbnailUploaded(media: Media): void;
}

/** Sets a key, or removes it when the value is empty (unset options take the network's default). */
export function withOption(options: ChannelOptions, key: string, value: unknown): ChannelOptions {
  const { [key]: _, ...rest } = options;
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0) ? rest : { ...rest, [key]: value };
}

export function YouTubeFields({ loaded, options, onChange, text, workspaceId, channel, media, ownThumbnail, onThumbnailUploaded }: Props) {
  const { t, i18n } = useTranslation();
  const set = (key: string, value: unknown) => onChange(withOption(options, key, value));
  const title = typeof options['title'] === 'string' ? options['title'] : '';
  const shownTitle = youtubeTitle(options, text);
  const publishAt = typeof options['publishAt'] === 'string' ? options['publishAt'] : '';
  const privacy = publishAt ? 'private' : typeof options['privacy'] === 'string' ? options['privacy'] : loaded.defaultPrivacy;
  // The typed text is kept as typed (a trailing comma included); the option holds the list.
  const [tags, setTags] = useState(() => (Array.isArray(options['tags']) ? (options['tags'] as string[]).join(', ') : ''));
  const madeForKids = typeof options['madeForKids'] === 'boolean' ? options['madeForKids'] : (loaded.channelMadeForKids ?? false);

  return (
    <>
      <Field
        label={t('networkOptions.title')}
        hint={`${t('networkOptions.youtubeTitleHint')} ${graphemeLength(shownTitle)} / ${loaded.maxTitleLength}`}
      >
        <input value={title} placeholder={shownTitle} onChange={(e) => set('title', e.target.value)} />
      </Field>
      <div className="channel-options__grid">
        <Field label={t('networkOptions.privacy')} hint={publishAt ? t('networkOptions.youtubePrivateUntilRelease') : undefined}>
          <select value={privacy} disabled={Boolean(publishAt)} onChange={(e) => set('privacy', e.target.value)}>
            {loaded.privacyOptions.map((p) => (
              <option key={p} value={p}>
                {t(`networkOptions.youtubePrivacy.${p}`, { defaultValue: p })}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('networkOptions.category')}>
          <select value={typeof options['categoryId'] === 'string' ? options['categoryId'] : loaded.defaultCategoryId} onChange={(e) => set('categoryId', e.target.value)}>
            {loaded.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {t(`networkOptions.youtubeCategory.${c.id}`, { defaultValue: c.name })}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('networkOptions.tags')} hint={t('networkOptions.tagsHint')}>
          <input
            value={tags}
            onChange={(e) => {
              setTags(e.target.value);
              set('tags', e.target.value.split(',').map((tag) => tag.trim()).filter(Boolean));
            }}
          />
        </Field>
        <Field label={t('networkOptions.release')} hint={t('networkOptions.releaseHint')}>
          <input
            type="datetime-local"
            value={publishAt ? utcIsoToLocalInput(publishAt) : ''}
            onChange={(e) => {
              const iso = e.target.value ? localInputToUtcIso(e.target.value) : null;
              // A scheduled release goes out from private: YouTube refuses it with any other privacy.
              onChange(withOption(withOption(options, 'publishAt', iso ?? undefined), 'privacy', iso ? 'private' : options['privacy']));
            }}
          />
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={madeForKids} onChange={(e) => set('madeForKids', e.target.checked)} />
        {t('networkOptions.madeForKids')}
      </label>
      <YouTubeThumbnail
        workspaceId={workspaceId}
        channel={channel}
        media={media}
        own={ownThumbnail}
        selected={typeof options['thumbnailMediaId'] === 'string' ? options['thumbnailMediaId'] : undefined}
        onSelect={(id) => set('thumbnailMediaId', id)}
        onUploaded={onThumbnailUploaded}
      />
      {loaded.maxDurationSeconds !== null ? <p className="muted">{t('networkOptions.maxDuration', { max: formatDuration(loaded.maxDurationSeconds, i18n.language) })}</p> : null}
    </>
  );
}
