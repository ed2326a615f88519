/** The saved bio page beside the editor: a live preview, a button to open it, or why there is none yet. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bio } from '../../api';
import { Notice } from '../../components/Field';
import { displayUrl } from './format';

export function BioPreviewPanel({ bio }: { bio: Bio | null }) {
  const { t } = useTranslation();
  return (
    <aside className="bio-preview" aria-label={t('bio.preview')}>
      <h2 className="chart-title">{t('bio.preview')}</h2>
      {bio ? (
        <>
          <BioPreview key={`${bio.slug}:${bio.updatedAt}`} slug={bio.slug} title={t('bio.previewOf', { url: displayUrl(bio.url) })} />
          <p className="bio-preview__open">
            <a href={bio.url} target="_blank" rel="noreferrer" className="button button--secondary button--small" data-testid="bio-open">
              {t('bio.open')} ↗
            </a>
          </p>
          <p className="muted field__hint">{t('bio.previewHint')}</p>
        </>
      ) : (
        <div className="bio-preview__empty muted">{t('bio.previewEmpty')}</div>
      )}
    </aside>
  );
}

/**
 * The public page as it is now, in a sandboxed frame. The page forbids being framed (`frame-ancestors 'none'`), so
 * its HTML is fetched (same origin, fresh) and shown through `srcdoc`, links opening in a new tab.
 */
function BioPreview({ slug, title }: { slug: string; title: string }) {
  const { t } = useTranslation();
  const [html, setHtml] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    fetch(`/bio/${encodeURIComponent(slug)}`, { cache: 'no-store', credentials: 'omit' })
      .then(async (res) => {
        if (!res.ok) throw new Error(String(res.status));
        const text = await res.text();
        if (live) setHtml(text.replace(/<head>/i, '<head><base target="_blank">'));
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [slug]);
  if (failed) return <Notice kind="error">{t('bio.previewFailed')}</Notice>;
  if (html === null) return <div className="bio-preview__frame bio-preview__empty muted">{t('common.loading')}</div>;
  return <iframe className="bio-preview__frame" title={title} srcDoc={html} sandbox="allow-popups allow-popups-to-escape-sandbox" data-testid="bio-preview" />;
}
