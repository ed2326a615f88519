/**
 * What a link is: where it leads, under which rules and to which A/B arms, its tags, UTM, dates and options, the
 * buttons to edit or archive it (for those who may), and its QR code when the server draws one.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShortLink } from '../../api';
import { Link } from '../../router';
import { displayUrl, formatDate } from './format';
import { RuleSummary } from './RuleSummary';

interface Props {
  link: ShortLink;
  mayEdit: boolean;
  busy: boolean;
  onEdit(): void;
  onArchive(archived: boolean): void;
}

export function LinkDetails({ link, mayEdit, busy, onEdit, onArchive }: Props) {
  const { t, i18n } = useTranslation();
  const [qrMissing, setQrMissing] = useState(false);
  const language = i18n.language;
  const utm = Object.entries(link.utm).filter(([, v]) => v);
  const options = [link.hasPassword ? t('links.detail.password') : null, link.addClickId ? t('links.detail.clickId') : null].filter(Boolean);

  return (
    <div className="card link-detail">
      <div className="link-detail__body">
        <dl className="facts">
          <dt>{t('links.detail.destination')}</dt>
          <dd>
            <a href={link.url} target="_blank" rel="noreferrer" className="break">
              {link.url}
            </a>
          </dd>
          {link.rules.length ? (
            <>
              <dt>{t('links.rules.title')}</dt>
              <dd>
                <ol className="rule-summary">
                  {link.rules.map((rule, i) => (
                    <li key={i}>
                      <RuleSummary rule={rule} /> → <span className="break">{rule.url}</span>
                    </li>
                  ))}
                </ol>
              </dd>
            </>
          ) : null}
          {link.variants ? (
            <>
              <dt>{t('links.arms.title')}</dt>
              <dd>
                {t(`links.arms.modeName.${link.variants.mode}`)}
                <ol className="rule-summary">
                  {link.variants.arms.map((arm) => (
                    <li key={arm.id}>
                      {arm.id} → <span className="break">{arm.url}</span>
                    </li>
                  ))}
                </ol>
              </dd>
            </>
          ) : null}
          {link.tags.length ? (
            <>
              <dt>{t('links.form.tags')}</dt>
              <dd>
                <ul className="tags">
                  {link.tags.map((tag) => (
                    <li key={tag}>
                      <Link to={`/links?tag=${encodeURIComponent(tag)}`} className="tag">
                        #{tag}
                      </Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          {utm.length ? (
            <>
              <dt>{t('links.utm.title')}</dt>
              <dd className="utm-list">
                {utm.map(([key, value]) => (
                  <span key={key}>
                    <span className="muted">utm_{key}=</span>
                    {value}
                  </span>
                ))}
              </dd>
            </>
          ) : null}
          <dt>{t('links.detail.created')}</dt>
          <dd>{formatDate(link.createdAt, language, true)}</dd>
          {link.expiresAt ? (
            <>
              <dt>{t('links.form.expiresAt')}</dt>
              <dd>{formatDate(link.expiresAt, language, true)}</dd>
            </>
          ) : null}
          {options.length ? (
            <>
              <dt>{t('links.form.options')}</dt>
              <dd>{options.join(' · ')}</dd>
            </>
          ) : null}
        </dl>
        {mayEdit ? (
          <div className="actions">
            <button type="button" className="button button--secondary" onClick={onEdit}>
              {t('links.edit')}
            </button>
            <button type="button" className={`button ${link.archivedAt ? 'button--secondary' : 'button--danger'}`} disabled={busy}
              onClick={() => onArchive(!link.archivedAt)}>
              {link.archivedAt ? t('links.unarchive') : t('links.archive')}
            </button>
          </div>
        ) : null}
      </div>
      {qrMissing ? null : (
        <figure className="qr">
          <img src={link.qrUrl} alt={t('links.qrAlt', { url: displayUrl(link.shortUrl) })} width={152} height={152}
            onError={() => setQrMissing(true)} data-testid="qr" />
          <figcaption>
            <a href={link.qrUrl} download={`${link.code}.svg`}>{t('links.qrDownload')}</a>
          </figcaption>
        </figure>
      )}
    </div>
  );
}
