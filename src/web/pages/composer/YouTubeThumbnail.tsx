/**
 * The YouTube video's custom thumbnail: one of the post's images, or an image uploaded for this channel only. An
 * uploaded one travels in the channel's own media list (useChannelSettings), so no other network gets it. Any image
 * the server converts for YouTube is offered (the channel's `attachableTypes`): a WebP becomes the JPEG YouTube
 * takes at publish time. The server checks the thumbnail again (posts/validate), including its minimum width.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Channel, type Media } from '../../api';
import { errorText } from '../../lib/errors';

interface Props {
  workspaceId: string;
  channel: Channel;
  /** The post's files: its images can be the thumbnail. */
  media: Media[];
  /** The image uploaded for this channel's thumbnail only, if any. */
  own: Media | undefined;
  /** `options.thumbnailMediaId`. */
  selected: string | undefined;
  onSelect(mediaId: string | undefined): void;
  onUploaded(media: Media): void;
}

export function YouTubeThumbnail({ workspaceId, channel, media, own, selected, onSelect, onUploaded }: Props) {
  const { t } = useTranslation();
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // Files kept from a saved post are known by id only: the one chosen before stays offered.
  const images = media.filter((m) => m.mimeType.startsWith('image/') || (m.mimeType === '' && m.id === selected));
  const choices = own && !images.some((m) => m.id === own.id) ? [...images, own] : images;
  const current = choices.some((m) => m.id === selected) ? selected : undefined;
  const minWidth = channel.limits.images?.minWidth;
  const name = `thumbnail-${channel.id}`;

  async function upload(file: File | undefined) {
    if (!file) return;
    setProblem(null);
    setUploading(true);
    try {
      const uploaded = await api.uploadMedia(workspaceId, file, '');
      onUploaded(uploaded);
      onSelect(uploaded.id);
    } catch (e) {
      setProblem(`${file.name}: ${errorText(e)}`);
    } finally {
      setUploading(false);
    }
  }

  return (
    <fieldset className="thumbnail-picker" data-testid="youtube-thumbnail">
      <legend>{t('networkOptions.thumbnail')}</legend>
      <p className="field__hint">{minWidth ? t('networkOptions.thumbnailHintMin', { min: minWidth }) : t('networkOptions.thumbnailHint')}</p>
      <div className="thumbnail-picker__choices">
        <label className="check">
          <input type="radio" name={name} checked={!current} onChange={() => onSelect(undefined)} />
          {t('networkOptions.thumbnailNone')}
        </label>
        {choices.map((m) => (
          <label key={m.id} className="check thumbnail-picker__choice">
            <input type="radio" name={name} checked={current === m.id} onChange={() => onSelect(m.id)} />
            {m.url ? <img src={m.url} alt="" className="thumbnail-picker__image" /> : null}
            <span>
              {m.fileName || t('networkOptions.thumbnailSaved')}
              {m.id === own?.id ? <span className="muted"> {t('networkOptions.thumbnailOwn')}</span> : null}
            </span>
          </label>
        ))}
      </div>
      <label className="button button--secondary file-button">
        {uploading ? t('composer.uploading') : t('networkOptions.thumbnailUpload')}
        <input
          type="file"
          accept={channel.attachableTypes.images.join(',') || 'image/*'}
          className="visually-hidden"
          disabled={uploading}
          onChange={(e) => {
            void upload(e.target.files?.[0]);
            e.target.value = '';
          }}
          data-testid="thumbnail-input"
        />
      </label>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
