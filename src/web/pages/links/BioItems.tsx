/**
 * The links listed on the bio page: each with its label, moved up or down or removed, and a picker to add one of
 * the workspace's links not listed yet. An API error naming an item (`items[1].label`) shows under that item.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type Bio, type BioItem, type ShortLink } from '../../api';
import { errorText } from '../../lib/errors';
import { Field } from '../../components/Field';
import { displayUrl } from './format';
import { linkName } from './useBioPage';

/** The error of item `i` (`items[1].linkId`, `items[1].label`), or null. */
function itemError(error: unknown, i: number): string | null {
  if (!(error instanceof ApiError) || !error.field) return null;
  const match = /^items\[(\d+)\]/.exec(error.field);
  return match && Number(match[1]) === i ? errorText(error) : null;
}

interface Props {
  items: BioItem[];
  links: ShortLink[];
  linkById: ReadonlyMap<string, ShortLink>;
  savedItems: ReadonlyMap<string, Bio['items'][number]>;
  /** The last save's error, as the API answered it, and what of it is about the list as a whole. */
  error: unknown;
  listError: string | null | undefined;
  mayEdit: boolean;
  onChange(items: BioItem[]): void;
}

export function BioItems({ items, links, linkById, savedItems, error, listError, mayEdit, onChange }: Props) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState('');
  const available = links.filter((l) => !items.some((i) => i.linkId === l.id));
  const move = (i: number, by: -1 | 1) => {
    const next = [...items];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    onChange(next);
  };
  function add() {
    const link = linkById.get(adding);
    if (!link) return;
    onChange([...items, { linkId: link.id, label: linkName(link).slice(0, 100) }]);
    setAdding('');
  }

  return (
    <fieldset className="bio-items">
      <legend>{t('bio.items')}</legend>
      <p className="field__hint">{t('bio.itemsHint')}</p>
      {items.length === 0 ? <p className="muted rules__empty">{t('bio.noItems')}</p> : null}
      <ol className="bio-items__list" data-testid="bio-items">
        {items.map((item, i) => {
          const link = linkById.get(item.linkId);
          const hidden = savedItems.get(item.linkId)?.shown === false;
          const problem = itemError(error, i);
          return (
            <li key={item.linkId} className={`bio-item${problem ? ' bio-item--invalid' : ''}`} data-testid={`bio-item-${i}`}>
              <div className="bio-item__head">
                <span className="bio-item__n">{i + 1}</span>
                <span className="bio-item__link">
                  {link ? linkName(link) : (savedItems.get(item.linkId)?.code ?? t('bio.unknownLink'))}
                  {link ? <span className="muted"> · {displayUrl(link.shortUrl)}</span> : null}
                  {hidden ? <span className="pill pill--archived">{t('bio.hidden')}</span> : null}
                </span>
                <span className="rule__tools">
                  <button type="button" className="button button--ghost button--small" disabled={i === 0} onClick={() => move(i, -1)}
                    aria-label={t('bio.moveUp', { n: i + 1 })} title={t('bio.moveUp', { n: i + 1 })}>↑</button>
                  <button type="button" className="button button--ghost button--small" disabled={i === items.length - 1} onClick={() => move(i, 1)}
                    aria-label={t('bio.moveDown', { n: i + 1 })} title={t('bio.moveDown', { n: i + 1 })}>↓</button>
                  <button type="button" className="button button--danger button--small" onClick={() => onChange(items.filter((_, k) => k !== i))}
                    aria-label={t('bio.remove', { n: i + 1 })} title={t('bio.remove', { n: i + 1 })}>✕</button>
                </span>
              </div>
              <Field label={t('bio.label', { n: i + 1 })} error={problem}>
                <input value={item.label} maxLength={100} data-testid={`bio-item-${i}-label`}
                  onChange={(e) => onChange(items.map((it, k) => (k === i ? { ...it, label: e.target.value } : it)))} />
              </Field>
            </li>
          );
        })}
      </ol>
      {listError ? <p className="field__error" role="alert">{listError}</p> : null}
      {mayEdit ? (
        <div className="bio-add">
          <label className="visually-hidden" htmlFor="bio-add-link">{t('bio.pick')}</label>
          <select id="bio-add-link" value={adding} onChange={(e) => setAdding(e.target.value)} data-testid="bio-add-link">
            <option value="">{available.length ? t('bio.pick') : t('bio.noMoreLinks')}</option>
            {available.map((l) => (
              <option key={l.id} value={l.id}>
                {linkName(l)} — {displayUrl(l.shortUrl)}
              </option>
            ))}
          </select>
          <button type="button" className="button button--secondary" disabled={!adding} onClick={add}>
            {t('bio.add')}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
