/**
 * The workspace's "link in bio" page (`#/links/bio`): one public page at `/bio/{slug}` listing some short links, for
 * networks whose captions cannot hold links. Pick links, order and name them, choose a theme, save; the saved page
 * is previewed beside the form and opens in a new tab. Editors and up edit; others see the settings read-only.
 * The state lives in useBioPage; this file lays out the sections.
 */
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { useWorkspace } from '../../session';
import { can } from '../../lib/roles';
import { errorText } from '../../lib/errors';
import { Field, Notice, TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { LinksTabs } from './LinksTabs';
import { ShortUrl } from './ShortUrl';
import { BioAvatar } from './BioAvatar';
import { BioItems } from './BioItems';
import { BioThemes } from './BioThemes';
import { BioPreviewPanel } from './BioPreview';
import { useBioPage } from './useBioPage';

export function BioPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const mayEdit = can.approve(workspace.role); // editors and up
  const page = useBioPage(workspace.id);
  const { bio, draft, errors, set } = page;

  if (page.loadError) {
    return (
      <section className="page page--links">
        <LinksTabs current="bio" />
        <Notice kind="error">{errorText(page.loadError)}</Notice>
      </section>
    );
  }
  if (!draft) return <p className="muted page">{t('common.loading')}</p>;

  const itemsGeneral = page.error instanceof ApiError && page.error.field?.startsWith('items[') ? null : errors.byField.items;

  return (
    <section className="page page--links page--bio">
      <LinksTabs current="bio" />
      <PageHeader title={t('bio.title')} intro={t('bio.intro')}>
        {bio ? <ShortUrl url={bio.url} large testId="bio-url" /> : null}
      </PageHeader>
      {!bio ? <Notice kind="info">{mayEdit ? t('bio.notCreated') : t('bio.notCreatedReader')}</Notice> : null}
      {page.notice ? <Notice kind="success">{page.notice}</Notice> : null}
      {!mayEdit && bio ? <Notice kind="info">{t('bio.readOnly')}</Notice> : null}

      <div className="bio-layout">
        <form className="card form bio-form" onSubmit={page.save} noValidate data-testid="bio-form">
          {errors.general ? <Notice kind="error">{errors.general}</Notice> : null}
          <fieldset disabled={!mayEdit} className="bio-form__fields">
            <legend className="visually-hidden">{t('bio.title')}</legend>
            <TextField label={t('bio.slug')} hint={t('bio.slugHint', { url: `${window.location.origin}/bio/${draft.slug || '…'}` })} error={errors.byField.slug}
              name="slug" value={draft.slug} onValue={(slug) => set({ slug })} autoComplete="off" spellCheck={false} />
            <TextField label={t('bio.pageTitle')} error={errors.byField.title} name="title" value={draft.title} maxLength={100} onValue={(title) => set({ title })} />
            <Field label={t('bio.description')} error={errors.byField.description}>
              <textarea name="description" rows={2} value={draft.description} maxLength={500} onChange={(e) => set({ description: e.target.value })} />
            </Field>
            <BioAvatar workspaceId={workspace.id} title={draft.title} mediaId={draft.avatarMediaId} url={draft.avatarUrl} disabled={!mayEdit}
              error={errors.byField.avatarMediaId} onChange={(avatarMediaId, avatarUrl) => set({ avatarMediaId, avatarUrl })} />
            <TextField label={t('bio.lang')} hint={t('bio.langHint')} error={errors.byField.lang} name="lang" value={draft.lang} maxLength={35}
              onValue={(lang) => set({ lang })} className="input--short" />
            <BioThemes value={draft.theme} error={errors.byField.theme} onChange={(theme) => set({ theme })} />
            <BioItems items={draft.items} links={page.links} linkById={page.linkById} savedItems={page.savedItems} error={page.error}
              listError={itemsGeneral} mayEdit={mayEdit} onChange={(items) => set({ items })} />
          </fieldset>
          {mayEdit ? (
            <div className="actions">
              <button type="submit" className="button button--primary" disabled={page.busy || !draft.slug.trim()} data-testid="bio-save">
                {bio ? t('bio.save') : t('bio.create')}
              </button>
            </div>
          ) : null}
        </form>
        <BioPreviewPanel bio={bio} />
      </div>
    </section>
  );
}
