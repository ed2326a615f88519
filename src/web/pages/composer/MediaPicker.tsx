/** Attaches images or video: each file is uploaded at once, then its alt text is saved when the field is left. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Media } from '../../api';
import { errorText } from '../../lib/errors';
import { LibraryPicker } from '../media/LibraryPicker';

/**
 * A file already attached to a post being edited. The API lists a post's media by id only, so it shows as a
 * placeholder: it can be kept or removed, and its alt text stays as it was.
 */
export function keptMedia(id: string): Media {
  return { id, fileName: '', mimeType: '', sizeBytes: 0, width: null, height: null, altText: '', url: '', durationSeconds: null, frameRate: null, videoCodec: null };
}

interface Props {
  workspaceId: string;
  media: Media[];
  onChange(media: Media[]): void;
  /** MIME types every chosen network accepts, for the file dialog's filter. */
  accept: string[];
  errors: string[];
}

export function MediaPicker({ workspaceId, media, onChange, accept, errors }: Props) {
  const { t } = useTranslation();
  const [uploading, setUploading] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [browsing, setBrowsing] = useState(false);

  async function upload(files: FileList | null) {
    if (!files) return;
    setProblem(null);
    let current = media;
    for (const file of Array.from(files)) {
      setUploading((n) => n + 1);
      try {
        const uploaded = await api.uploadMedia(workspaceId, file, '');
        current = [...current, uploaded];
        onChange(current);
      } catch (e) {
        setProblem(`${file.name}: ${errorText(e)}`);
      } finally {
        setUploading((n) => n - 1);
      }
    }
  }

  const setAlt = (id: string, altText: string) => onChange(media.map((m) => (m.id === id ? { ...m, altText } : m)));

  async function saveAlt(item: Media) {
    try {
      await api.updateMedia(workspaceId, item.id, item.altText);
    } catch (e) {
      setProblem(`${item.fileName}: ${errorText(e)}`);
    }
  }

  return (
    <fieldset className="media-picker">
      <legend>{t('composer.media')}</legend>
      {media.length > 0 ? (
        <ul className="media-list">
          {media.map((item) => (
            <li key={item.id} className="media-item">
              {!item.url ? (
                <span className="media-item__thumb" aria-hidden="true" />
              ) : item.mimeType.startsWith('video/') ? (
                <video src={item.url} muted className="media-item__thumb" />
              ) : (
                <img src={item.url} alt="" className="media-item__thumb" />
              )}
              <div className="media-item__body">
                {!item.url ? <span className="muted">{t('composer.keptMedia')}</span> : null}
                <label hidden={!item.url}>
                  <span className="media-item__name">{item.fileName}</span>
                  <textarea
                    rows={2}
                    value={item.altText}
                    placeholder={t('composer.altPlaceholder')}
                    aria-label={t('composer.altLabel', { file: item.fileName })}
                    onChange={(e) => setAlt(item.id, e.target.value)}
                    onBlur={() => void saveAlt(item)}
                  />
                </label>
                <button type="button" className="link-button" onClick={() => onChange(media.filter((m) => m.id !== item.id))}>
                  {t('composer.removeMedia')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <label className="button button--secondary file-button">
        {uploading > 0 ? t('composer.uploading') : t('composer.addMedia')}
        <input
          type="file"
          multiple
          accept={accept.length ? accept.join(',') : 'image/*,video/*'}
          className="visually-hidden"
          onChange={(e) => {
            void upload(e.target.files);
            e.target.value = '';
          }}
          data-testid="media-input"
        />
      </label>
      <button type="button" className="button button--secondary" onClick={() => setBrowsing((b) => !b)} aria-expanded={browsing} data-testid="media-from-library">
        {t('media.pickerButton')}
      </button>
      {browsing ? (
        <LibraryPicker workspaceId={workspaceId} attached={media} onAdd={(item) => onChange([...media, item])} onClose={() => setBrowsing(false)} />
      ) : null}
      {[problem, ...errors].filter(Boolean).map((message) => (
        <p key={message} className="field__error" role="alert">
          {message}
        </p>
      ))}
    </fieldset>
  );
}
