/**
 * The workspace's "link in bio" page (`#/links/bio`): one public page at `/bio/{slug}` listing some short links, for
 * networks whose captions cannot hold links. Pick links, order and name them, choose a theme, save; the saved page
 * is previewed beside the form and opens in a new tab. Editors and up edit; others see the settings read-only.
 * A 404 on the first load means no page was saved yet.
 */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Bio, type BioInput, type BioItem, type ShortLink } from '../../api';
import { useWorkspace } from '../../session';
import { useApiQuery } from '../../api/queries';
import { useSubmit } from '../../lib/useSubmit';
import { can } from '../../lib/roles';
import { errorText } from '../../lib/errors';
import { Field, Notice } from '../../components/Field';
import { CopyButton } from '../../components/CopyButton';
import { LinksTabs } from './LinksTabs';
import { displayUrl } from './format';
import { BioAvatar } from './BioAvatar';

/**
 * The page themes as swatches (page, button, button text). The server's presets (src/features/bio/themes.ts) are
 * what the page is drawn with; these only let people recognise them.
 */
const THEMES: Record<ThemeName, readonly [string, string, string]> = {
  light: ['#f6f7fb', '#ffffff', '#1e3a8a'],
  dark: ['#0f172a', '#1e293b', '#f8fafc'],
  ocean: ['#e0f2fe', '#0369a1', '#ffffff'],
  sunset: ['#fff7ed', '#c2410c', '#ffffff'],
  forest: ['#14532d', '#f0fdf4', '#14532d'],
};
/** The server's theme names: a preset added there and not here breaks the build. */
type ThemeName = NonNullable<BioInput['theme']>;
const THEME_NAMES = Object.keys(THEMES) as ThemeName[];
const isThemeName = (name: string): name is ThemeName => name in THEMES;

const FIELDS = ['slug', 'title', 'description', 'theme', 'lang', 'avatarMediaId', 'items'] as const;

interface Draft {
  slug: string;
  title: string;
  description: string;
  theme: string;
  lang: string;
  avatarMediaId: string | null;
  /** Where the editor shows the avatar from (a signed media URL); not sent. */
  avatarUrl: string | null;
  items: BioItem[];
}

const EMPTY: Draft = { slug: '', title: '', description: '', theme: 'light', lang: 'en', avatarMediaId: null, avatarUrl: null, items: [] };

function draftOf(bio: Bio): Draft {
  return {
    slug: bio.slug,
    title: bio.title,
    description: bio.description,
    theme: bio.theme,
    lang: bio.lang,
    avatarMediaId: bio.avatarMediaId,
    avatarUrl: bio.avatarUrl,
    items: bio.items.map((i) => ({ linkId: i.linkId, label: i.label })),
  };
}

const linkName = (link: ShortLink) => link.title || displayUrl(link.url);

/** The error of item `i` (`items[1].linkId`, `items[1].label`), or null. */
function itemError(error: unknown, i: number): string | null {
  if (!(error instanceof ApiError) || !error.field) return null;
  const match = /^items\[(\d+)\]/.exec(error.field);
  return match && Number(match[1]) === i ? errorText(error) : null;
}

export function BioPage() {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const mayEdit = can.approve(workspace.role); // editors and up
  const loaded = useApiQuery(['bio', workspace.id], () =>
    api.getBio(workspace.id).catch((e: unknown) => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e))),
  );
  const links = useApiQuery(['links', workspace.id, false, ''], () => api.listLinks(workspace.id, { archived: false }));
  const [saved, setSaved] = useState<Bio | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [adding, setAdding] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, error, errors, submit } = useSubmit(FIELDS);
  const bio = saved ?? loaded.data ?? null;

  // The form starts from the saved page (or an empty one, in the reader's language) once it has loaded.
  useEffect(() => {
    if (draft || loaded.loading || loaded.error) return;
    setDraft(loaded.data ? draftOf(loaded.data) : { ...EMPTY, lang: i18n.language.slice(0, 2) });
  }, [draft, loaded.loading, loaded.error, loaded.data, i18n.language]);

  const linkById = useMemo(() => new Map((links.data?.links ?? []).map((l) => [l.id, l])), [links.data]);
  const savedItems = useMemo(() => new Map((bio?.items ?? []).map((i) => [i.linkId, i])), [bio]);

  if (loaded.error) {
    return (
      <section className="page page--links">
        <LinksTabs current="bio" />
        <Notice kind="error">{errorText(loaded.error)}</Notice>
      </section>
    );
  }
  if (!draft) return <p className="muted page">{t('common.loading')}</p>;

  const set = (patch: Partial<Draft>) => {
    setNotice(null);
    setDraft({ ...draft, ...patch });
  };
  const setItems = (items: BioItem[]) => set({ items });
  const move = (i: number, by: -1 | 1) => {
    const items = [...draft.items];
    const [item] = items.splice(i, 1);
    items.splice(i + by, 0, item!);
    setItems(items);
  };
  const available = (links.data?.links ?? []).filter((l) => !draft.items.some((i) => i.linkId === l.id));

  function add() {
    const link = linkById.get(adding);
    if (!link) return;
    setItems([...draft!.items, { linkId: link.id, label: linkName(link).slice(0, 100) }]);
    setAdding('');
  }

  function save(event: FormEvent) {
    event.preventDefault();
    void submit(async () => {
      const next = await api.saveBio(workspace.id, {
        slug: draft!.slug.trim(),
        title: draft!.title,
        description: draft!.description,
        // A theme this page does not know (a newer server's) is left as it was rather than sent back.
        theme: isThemeName(draft!.theme) ? draft!.theme : undefined,
        lang: draft!.lang.trim() || undefined,
        avatarMediaId: draft!.avatarMediaId,
        items: draft!.items,
      });
      setSaved(next);
      setDraft(draftOf(next));
      setNotice(t('bio.saved'));
    });
  }

  const itemsGeneral = error instanceof ApiError && error.field?.startsWith('items[') ? null : errors.byField.items;

  return (
    <section className="page page--links page--bio">
      <LinksTabs current="bio" />
      <header className="page__header page__header--row">
        <div>
          <h1>{t('bio.title')}</h1>
          <p className="muted">{t('bio.intro')}</p>
        </div>
        {bio ? (
          <div className="short-url short-url--large" data-testid="bio-url">
            <a href={bio.url} target="_blank" rel="noreferrer" className="short-url__text">
              {displayUrl(bio.url)}
            </a>
            <CopyButton text={bio.url} />
          </div>
        ) : null}
      </header>
      {!bio ? <Notice kind="info">{mayEdit ? t('bio.notCreated') : t('bio.notCreatedReader')}</Notice> : null}
      {notice ? <Notice kind="success">{notice}</Notice> : null}
      {!mayEdit && bio ? <Notice kind="info">{t('bio.readOnly')}</Notice> : null}

      <div className="bio-layout">
        <form className="card form bio-form" onSubmit={save} noValidate data-testid="bio-form">
          {errors.general ? <Notice kind="error">{errors.general}</Notice> : null}
          <fieldset disabled={!mayEdit} className="bio-form__fields">
            <legend className="visually-hidden">{t('bio.title')}</legend>
            <Field label={t('bio.slug')} hint={t('bio.slugHint', { url: `${window.location.origin}/bio/${draft.slug || '…'}` })} error={errors.byField.slug}>
              <input name="slug" value={draft.slug} onChange={(e) => set({ slug: e.target.value })} autoComplete="off" spellCheck={false} />
            </Field>
            <Field label={t('bio.pageTitle')} error={errors.byField.title}>
              <input name="title" value={draft.title} maxLength={100} onChange={(e) => set({ title: e.target.value })} />
            </Field>
            <Field label={t('bio.description')} error={errors.byField.description}>
              <textarea name="description" rows={2} value={draft.description} maxLength={500} onChange={(e) => set({ description: e.target.value })} />
            </Field>
            <BioAvatar workspaceId={workspace.id} title={draft.title} mediaId={draft.avatarMediaId} url={draft.avatarUrl} disabled={!mayEdit}
              error={errors.byField.avatarMediaId} onChange={(avatarMediaId, avatarUrl) => set({ avatarMediaId, avatarUrl })} />
            <Field label={t('bio.lang')} hint={t('bio.langHint')} error={errors.byField.lang}>
              <input name="lang" value={draft.lang} maxLength={35} onChange={(e) => set({ lang: e.target.value })} className="input--short" />
            </Field>

            <fieldset className="bio-themes">
              <legend>{t('bio.theme')}</legend>
              <div className="bio-themes__list">
                {THEME_NAMES.map((name) => {
                  const [page, button, text] = THEMES[name];
                  return (
                    <label key={name} className={`radio-card bio-theme${draft.theme === name ? ' radio-card--on' : ''}`}>
                      <input type="radio" name="theme" value={name} checked={draft.theme === name} onChange={() => set({ theme: name })} />
                      <span className="bio-theme__swatch" style={{ background: page }} aria-hidden="true">
                        <span style={{ background: button, color: text, borderColor: text }}>Aa</span>
                      </span>
                      {t(`bio.themes.${name}`)}
                    </label>
                  );
                })}
              </div>
              {errors.byField.theme ? <p className="field__error" role="alert">{errors.byField.theme}</p> : null}
            </fieldset>

            <fieldset className="bio-items">
              <legend>{t('bio.items')}</legend>
              <p className="field__hint">{t('bio.itemsHint')}</p>
              {draft.items.length === 0 ? <p className="muted rules__empty">{t('bio.noItems')}</p> : null}
              <ol className="bio-items__list" data-testid="bio-items">
                {draft.items.map((item, i) => {
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
                          <button type="button" className="button button--ghost button--small" disabled={i === draft.items.length - 1} onClick={() => move(i, 1)}
                            aria-label={t('bio.moveDown', { n: i + 1 })} title={t('bio.moveDown', { n: i + 1 })}>↓</button>
                          <button type="button" className="button button--danger button--small" onClick={() => setItems(draft.items.filter((_, k) => k !== i))}
                            aria-label={t('bio.remove', { n: i + 1 })} title={t('bio.remove', { n: i + 1 })}>✕</button>
                        </span>
                      </div>
                      <Field label={t('bio.label', { n: i + 1 })} error={problem}>
                        <input value={item.label} maxLength={100} data-testid={`bio-item-${i}-label`}
                          onChange={(e) => setItems(draft.items.map((it, k) => (k === i ? { ...it, label: e.target.value } : it)))} />
                      </Field>
                    </li>
                  );
                })}
              </ol>
              {itemsGeneral ? <p className="field__error" role="alert">{itemsGeneral}</p> : null}
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
          </fieldset>
          {mayEdit ? (
            <div className="actions">
              <button type="submit" className="button button--primary" disabled={busy || !draft.slug.trim()} data-testid="bio-save">
                {bio ? t('bio.save') : t('bio.create')}
              </button>
            </div>
          ) : null}
        </form>

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
      </div>
    </section>
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
