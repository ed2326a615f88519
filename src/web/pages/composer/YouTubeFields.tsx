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
import { TextField } from '../../components/Field';
import { SelectField } from '../../components/Select';
import { formatDuration, youtubeTitle, type ChannelOptions } from './optionChecks';
import { optionFields, withOption } from './optionFields';
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

export function YouTubeFields({ loaded, options, onChange, text, workspaceId, channel, media, ownThumbnail, onThumbnailUploaded }: Props) {
  const { t, i18n } = useTranslation();
  const { text: option, set } = optionFields(options, onChange);
  const shownTitle = youtubeTitle(options, text);
  const publishAt = option('publishAt');
  const privacy = publishAt ? 'private' : option('privacy', loaded.defaultPrivacy);
  const privacies = loaded.privacyOptions.map((p) => ({ value: p, label: t(`networkOptions.youtubePrivacy.${p}`, { defaultValue: p }) }));
  const categories = loaded.categories.map((c) => ({ value: c.id, label: t(`networkOptions.youtubeCategory.${c.id}`, { defaultValue: c.name }) }));
  // The typed text is kept as typed (a trailing comma included); the option holds the list.
  const [tags, setTags] = useState(() => (Array.isArray(options['tags']) ? (options['tags'] as string[]).join(', ') : ''));
  const madeForKids = typeof options['madeForKids'] === 'boolean' ? options['madeForKids'] : (loaded.channelMadeForKids ?? false);

  return (
    <>
      <TextField label={t('networkOptions.title')} hint={`${t('networkOptions.youtubeTitleHint')} ${graphemeLength(shownTitle)} / ${loaded.maxTitleLength}`}
        value={option('title')} placeholder={shownTitle} onValue={(v) => set('title', v)} />
      <div className="channel-options__grid">
        <SelectField label={t('networkOptions.privacy')} hint={publishAt ? t('networkOptions.youtubePrivateUntilRelease') : undefined} value={privacy}
          choices={privacies} disabled={Boolean(publishAt)} onValue={(p) => set('privacy', p)} />
        <SelectField label={t('networkOptions.category')} value={option('categoryId', loaded.defaultCategoryId)} choices={categories}
          onValue={(id) => set('categoryId', id)} />
        <TextField
          label={t('networkOptions.tags')}
          hint={t('networkOptions.tagsHint')}
          value={tags}
          onValue={(typed) => {
            setTags(typed);
            set('tags', typed.split(',').map((tag) => tag.trim()).filter(Boolean));
          }}
        />
        <TextField
          label={t('networkOptions.release')}
          hint={t('networkOptions.releaseHint')}
          type="datetime-local"
          value={publishAt ? utcIsoToLocalInput(publishAt) : ''}
          onValue={(local) => {
            const iso = local ? localInputToUtcIso(local) : null;
            // A scheduled release goes out from private: YouTube refuses it with any other privacy.
            onChange(withOption(withOption(options, 'publishAt', iso ?? undefined), 'privacy', iso ? 'private' : options['privacy']));
          }}
        />
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
        selected={option('thumbnailMediaId') || undefined}
        onSelect={(id) => set('thumbnailMediaId', id)}
        onUploaded={onThumbnailUploaded}
      />
      {loaded.maxDurationSeconds !== null ? <p className="muted">{t('networkOptions.maxDuration', { max: formatDuration(loaded.maxDurationSeconds, i18n.language) })}</p> : null}
    </>
  );
}
