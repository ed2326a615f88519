/**
 * A link's card as each network draws it from the page's tags (X: large picture or small square by `twitter:card`;
 * the others: picture above title and site), and the share audit: what the page lacks, with the fix for its webmaster.
 */
import { useTranslation } from 'react-i18next';
import type { LinkPreview, ShareFinding } from '../../api-share';
import { errorText } from '../../lib/errors';
import './link-card.css';

function host(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function LinkCard({ network, preview }: { network: string; preview: LinkPreview }) {
  const small = network === 'x' && preview.twitterCard === 'summary';
  return (
    <div className={`link-card${small ? ' link-card--small' : ''}`} data-testid={`link-card-${network}`}>
      {preview.image ? <img className="link-card__image" src={preview.image.url} alt={preview.image.alt ?? ''} loading="lazy" /> : null}
      <div className="link-card__body">
        <span className="muted link-card__site">{preview.siteName ?? host(preview.finalUrl)}</span>
        <strong className="link-card__title">{preview.title ?? host(preview.finalUrl)}</strong>
        {preview.description && network !== 'x' ? <span className="link-card__description">{preview.description}</span> : null}
      </div>
    </div>
  );
}

function findingText(t: ReturnType<typeof useTranslation>['t'], f: ShareFinding, part: 'message' | 'fix'): string {
  const key = `sharePreview.${part}.${f.code}`;
  return t(key, { ...f.params, defaultValue: f[part] });
}

/** The share check of the post's first link: nothing while it loads, the page's error, or its findings. */
export function ShareAudit({ url, preview, error, loading }: { url: string | null; preview: LinkPreview | null; error: unknown; loading: boolean }) {
  const { t } = useTranslation();
  if (!url) return null;
  return (
    <section className="share-audit" aria-live="polite" data-testid="share-audit">
      <h3>{t('sharePreview.title')}</h3>
      {loading && !preview ? <p className="muted">{t('sharePreview.checking', { host: host(url) })}</p> : null}
      {error ? <p className="field__error">{errorText(error)}</p> : null}
      {preview && preview.findings.length === 0 ? <p className="share-audit__ok">{t('sharePreview.allGood')}</p> : null}
      {preview && preview.findings.length > 0 ? (
        <ul className="share-audit__list">
          {preview.findings.map((f) => (
            <li key={f.code} className={`share-audit__item share-audit__item--${f.severity}`}>
              <strong>{findingText(t, f, 'message')}</strong>
              {f.networks.length > 0 ? <span className="muted"> ({f.networks.map((n) => t(`networks.${n}`, { defaultValue: n })).join(', ')})</span> : null}
              <span className="share-audit__fix">{findingText(t, f, 'fix')}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
