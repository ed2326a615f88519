/**
 * The composer's way into the media library: search it and add files already uploaded to the post, so a picture is
 * uploaded once and reused. Files already attached show as chosen.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Media } from '../../api';
import type { LibraryItem } from '../../api-media';
import { errorText } from '../../lib/errors';
import { LibraryGrid } from './LibraryGrid';
import { LibraryToolbar } from './LibraryToolbar';
import { NO_FILTERS, useLibrary, type LibraryFilters } from './useLibrary';
import './media.css';

interface Props {
  workspaceId: string;
  attached: Media[];
  onAdd(item: Media): void;
  onClose(): void;
}

/** The library's answer carries more than the composer keeps: only the upload's own fields go into the post. */
function asMedia(item: LibraryItem): Media {
  const { id, fileName, mimeType, sizeBytes, width, height, durationSeconds, frameRate, videoCodec, altText, url } = item;
  return { id, fileName, mimeType, sizeBytes, width, height, durationSeconds, frameRate, videoCodec, altText, url };
}

export function LibraryPicker({ workspaceId, attached, onAdd, onClose }: Props) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const library = useLibrary(workspaceId, filters);
  const chosen = new Set(attached.map((m) => m.id));
  return (
    <div className="library-picker card" role="dialog" aria-label={t('media.pickerTitle')} data-testid="library-picker">
      <div className="library-details__head">
        <h3>{t('media.pickerTitle')}</h3>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          {t('media.close')}
        </button>
      </div>
      <LibraryToolbar filters={filters} page={library.page} onChange={setFilters} />
      {library.error ? <p className="field__error">{errorText(library.error)}</p> : null}
      {library.page && library.items.length === 0 ? <p className="muted">{t('media.noResults')}</p> : null}
      <LibraryGrid
        items={library.items}
        selected={chosen}
        onOpen={(item) => (chosen.has(item.id) ? undefined : onAdd(asMedia(item)))}
        actionLabel={(item) => t('media.add', { file: item.fileName })}
      />
      {library.hasMore ? (
        <button type="button" className="button button--secondary" onClick={library.loadMore} disabled={library.loadingMore}>
          {t('media.loadMore')}
        </button>
      ) : null}
    </div>
  );
}
