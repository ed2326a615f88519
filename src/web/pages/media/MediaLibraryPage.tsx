/**
 * `#/media`: the media library — every upload with its network-ready copies and where it is used, searchable and
 * filtered by tag, kind and missing alt text; upload here, and change alt text and tags or delete from a file's
 * details. Viewers look; contributors and above upload and change (the server decides who may delete what).
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Notice } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { errorText } from '../../lib/errors';
import { can } from '../../lib/roles';
import { useWorkspace } from '../../session';
import { LibraryGrid } from './LibraryGrid';
import { LibraryToolbar } from './LibraryToolbar';
import { MediaDetails } from './MediaDetails';
import { NO_FILTERS, useLibrary, type LibraryFilters } from './useLibrary';
import './media.css';

export function MediaLibraryPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const editable = can.compose(workspace.role);
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const library = useLibrary(workspace.id, filters);
  const [openId, setOpenId] = useState<string | null>(null);
  const [upload, setUpload] = useState<{ done: number; total: number; problems: string[] } | null>(null);
  const changeFilters = useCallback((f: LibraryFilters) => setFilters(f), []);
  const open = library.items.find((i) => i.id === openId) ?? null;

  async function uploadFiles(files: FileList | null) {
    if (!files || files.length === 0) return;
    const list = Array.from(files);
    const problems: string[] = [];
    setUpload({ done: 0, total: list.length, problems });
    for (const [i, file] of list.entries()) {
      try {
        await api.uploadMedia(workspace.id, file, '');
      } catch (e) {
        problems.push(`${file.name}: ${errorText(e)}`);
      }
      setUpload({ done: i + 1, total: list.length, problems: [...problems] });
    }
    library.reload();
  }

  return (
    <section className="page page--wide media-library" data-testid="media-page">
      <PageHeader title={t('media.title')} intro={t('media.intro')}>
        {editable ? (
          <label className="button button--primary file-button">
            {t('media.upload')}
            <input type="file" multiple accept="image/*,video/*" className="visually-hidden" onChange={(e) => { void uploadFiles(e.target.files); e.target.value = ''; }} data-testid="library-upload" />
          </label>
        ) : null}
      </PageHeader>
      {upload ? (
        <div className="library-upload" aria-live="polite">
          <progress max={upload.total} value={upload.done} />
          <span>{t('media.uploaded', { done: upload.done, total: upload.total })}</span>
          {upload.problems.map((p) => (
            <p key={p} className="field__error" role="alert">
              {p}
            </p>
          ))}
        </div>
      ) : null}
      <LibraryToolbar filters={filters} page={library.page} onChange={changeFilters} />
      {library.error ? <Notice kind="error">{errorText(library.error)}</Notice> : null}
      <div className={`library-layout${open ? ' library-layout--open' : ''}`}>
        <div>
          {library.loading ? <p className="muted">{t('common.loading')}</p> : null}
          {library.page && library.items.length === 0 ? (
            <p className="muted library-empty">{filters === NO_FILTERS ? t('media.empty') : t('media.noResults')}</p>
          ) : null}
          <LibraryGrid items={library.items} onOpen={(item) => setOpenId(item.id)} actionLabel={(item) => t('media.detailsOf', { file: item.fileName })} />
          {library.hasMore ? (
            <button type="button" className="button button--secondary" onClick={library.loadMore} disabled={library.loadingMore} data-testid="library-more">
              {library.loadingMore ? t('common.loading') : t('media.loadMore')}
            </button>
          ) : null}
        </div>
        {open ? (
          <MediaDetails
            key={open.id}
            workspaceId={workspace.id}
            item={open}
            editable={editable}
            onChanged={library.reload}
            onDeleted={() => {
              setOpenId(null);
              library.reload();
            }}
            onClose={() => setOpenId(null)}
          />
        ) : null}
      </div>
    </section>
  );
}
