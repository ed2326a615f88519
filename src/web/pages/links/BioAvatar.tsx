/**
 * The bio page's picture: upload an image (it becomes workspace media, like a post's), see it, or remove it. Without
 * one, the editor shows the title's initials like every avatar of the app (the public page draws its own letter).
 * The draft keeps only the media id; saving the page applies it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../lib/errors';
import { Avatar } from '../../components/Avatar';

/** What the public page accepts as an avatar (the server checks it is an image of this workspace). */
const ACCEPT = 'image/jpeg,image/png,image/webp,image/gif';

interface BioAvatarProps {
  workspaceId: string;
  title: string;
  /** The media id in the draft, and the URL to show it with (null when unknown, e.g. just removed). */
  mediaId: string | null;
  url: string | null;
  disabled: boolean;
  error?: string | null | undefined;
  onChange(mediaId: string | null, url: string | null): void;
}

export function BioAvatar({ workspaceId, title, mediaId, url, disabled, error, onChange }: BioAvatarProps) {
  const { t } = useTranslation();
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function upload(file: File) {
    setFailure(null);
    if (!file.type.startsWith('image/')) {
      setFailure(t('bio.avatarNotImage'));
      return;
    }
    setUploading(true);
    try {
      const media = await api.uploadMedia(workspaceId, file, title);
      onChange(media.id, media.url);
    } catch (e) {
      setFailure(errorText(e));
    } finally {
      setUploading(false);
    }
  }

  const problem = failure ?? error ?? null;
  return (
    <fieldset className="bio-avatar" data-testid="bio-avatar">
      <legend>{t('bio.avatar')}</legend>
      <div className="bio-avatar__row">
        {mediaId && url ? (
          <img className="bio-avatar__image" src={url} alt={t('bio.avatarAlt')} width={64} height={64} data-testid="bio-avatar-image" />
        ) : (
          <Avatar src={null} name={title} size={64} />
        )}
        <div className="bio-avatar__tools">
          <label className={`button button--secondary button--small${disabled || uploading ? ' button--disabled' : ''}`}>
            {uploading ? t('bio.avatarUploading') : mediaId ? t('bio.avatarReplace') : t('bio.avatarUpload')}
            <input type="file" accept={ACCEPT} className="visually-hidden" disabled={disabled || uploading} data-testid="bio-avatar-file"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void upload(file);
              }} />
          </label>
          {mediaId ? (
            <button type="button" className="button button--ghost button--small" disabled={disabled || uploading} onClick={() => onChange(null, null)}>
              {t('bio.avatarRemove')}
            </button>
          ) : null}
          <p className="field__hint">{t('bio.avatarHint')}</p>
        </div>
      </div>
      {problem ? <p className="field__error" role="alert">{problem}</p> : null}
    </fieldset>
  );
}
