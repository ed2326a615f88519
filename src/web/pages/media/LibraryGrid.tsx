/**
 * The library's files as cards: picture, name, size, tags, a warning when an image has no alt text, and where it is
 * used. Shared by the library page (a click opens the details) and the composer's picker (a click chooses it).
 */
import { useTranslation } from 'react-i18next';
import type { LibraryItem } from '../../api-media';
import { formatBytes } from '../../lib/errors';
import { MediaThumb } from './MediaThumb';

interface Props {
  items: LibraryItem[];
  selected?: ReadonlySet<string>;
  onOpen(item: LibraryItem): void;
  /** The button's words for a card, e.g. "Details of beach.png" or "Add beach.png". */
  actionLabel(item: LibraryItem): string;
}

export function LibraryGrid({ items, selected, onOpen, actionLabel }: Props) {
  const { t } = useTranslation();
  return (
    <ul className="library-grid" data-testid="library-grid">
      {items.map((item) => (
        <li key={item.id} className={`library-card${selected?.has(item.id) ? ' library-card--selected' : ''}`} data-testid="library-item">
          <button type="button" className="library-card__open" onClick={() => onOpen(item)} aria-label={actionLabel(item)} aria-pressed={selected ? selected.has(item.id) : undefined}>
            <MediaThumb item={item} />
          </button>
          <div className="library-card__body">
            <span className="library-card__name" title={item.fileName}>
              {item.fileName}
            </span>
            <span className="muted library-card__facts">
              {item.width && item.height ? `${item.width}×${item.height} · ` : ''}
              {formatBytes(item.sizeBytes)}
            </span>
            <span className="library-card__badges">
              {item.missingAlt ? (
                <span className="badge badge--warning" data-testid="library-missing-alt">
                  {t('media.noAlt')}
                </span>
              ) : null}
              <span className="badge">{item.usage.posts > 0 ? t('media.usedIn', { count: item.usage.posts }) : t('media.unused')}</span>
              {item.tags.map((tag) => (
                <span key={tag} className="badge badge--tag">
                  #{tag}
                </span>
              ))}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
