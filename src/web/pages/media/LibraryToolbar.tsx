/** The library's filters: words to search, the kind of file, a tag, and "missing alt text" with how many there are. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryPage } from '../../api-media';
import type { LibraryFilters } from './useLibrary';

interface Props {
  filters: LibraryFilters;
  page: LibraryPage | null | undefined;
  onChange(filters: LibraryFilters): void;
}

/** Typing waits this long before searching, so a word is one request rather than one per letter. */
const SEARCH_DELAY_MS = 300;

export function LibraryToolbar({ filters, page, onChange }: Props) {
  const { t } = useTranslation();
  const [words, setWords] = useState(filters.q);
  useEffect(() => {
    if (words === filters.q) return;
    const timer = setTimeout(() => onChange({ ...filters, q: words }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [words, filters, onChange]);

  return (
    <div className="library-toolbar" role="search">
      <input
        type="search"
        value={words}
        onChange={(e) => setWords(e.target.value)}
        placeholder={t('media.searchPlaceholder')}
        aria-label={t('media.search')}
        data-testid="library-search"
      />
      <select value={filters.kind} onChange={(e) => onChange({ ...filters, kind: e.target.value as LibraryFilters['kind'] })} aria-label={t('media.kind.label')}>
        <option value="">{t('media.kind.all')}</option>
        <option value="image">{t('media.kind.image')}</option>
        <option value="video">{t('media.kind.video')}</option>
      </select>
      <select value={filters.tag} onChange={(e) => onChange({ ...filters, tag: e.target.value })} aria-label={t('media.tag')} data-testid="library-tag">
        <option value="">{t('media.allTags')}</option>
        {(page?.tags ?? []).map((tag) => (
          <option key={tag.tag} value={tag.tag}>
            #{tag.tag} ({tag.count})
          </option>
        ))}
      </select>
      <label className="library-toolbar__check">
        <input type="checkbox" checked={filters.missingAlt} onChange={(e) => onChange({ ...filters, missingAlt: e.target.checked })} data-testid="library-missing-alt-filter" />{' '}
        {t('media.missingAltFilter', { count: page?.missingAlt ?? 0 })}
      </label>
    </div>
  );
}
