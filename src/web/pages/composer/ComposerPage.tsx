/**
 * Writes a post for several accounts at once: shared text with per-network variants, live counters and previews,
 * media with alt text, then publish now, schedule or save as a draft. The API's checks run as the person types
 * (`POST /posts/validate`) and their violations appear next to the part they are about. YouTube, TikTok, Pinterest,
 * Snapchat and LinkedIn channels get their own settings in their tab, X a thread; what those networks would refuse
 * stops the submit. The state and the requests live in useComposer; the sections only show them.
 */
import { useTranslation } from 'react-i18next';
import { can } from '../../lib/roles';
import { errorText } from '../../lib/errors';
import { Notice } from '../../components/Field';
import { useComposer } from './useComposer';
import { ComposerMain } from './ComposerMain';
import { ComposerNetworks } from './ComposerNetworks';
import { ComposerFooter } from './ComposerFooter';
import { SegmentTabs } from './SegmentTabs';

export function ComposerPage() {
  const { t } = useTranslation();
  const composer = useComposer();
  const { workspace, channels, existing, editId } = composer;
  if (!can.compose(workspace.role)) return <Notice kind="info">{t('composer.viewerCannot')}</Notice>;

  return (
    <section className="page page--wide">
      <header className="page__header">
        <h1>{editId ? t('composer.editTitle') : t('composer.title')}</h1>
      </header>
      {channels.error ? <Notice kind="error">{errorText(channels.error)}</Notice> : null}
      {existing.error ? <Notice kind="error">{errorText(existing.error)}</Notice> : null}
      {composer.generalError ? <Notice kind="error">{errorText(composer.generalError)}</Notice> : null}
      {!composer.ready ? (
        existing.error ? null : <p className="muted">{t('common.loading')}</p>
      ) : (
        <form className="composer" onSubmit={(e) => void composer.submit(e)} noValidate>
          <ComposerMain composer={composer} />
          {composer.groups.length > 0 ? <ComposerNetworks composer={composer} /> : <p className="empty card">{t('composer.pickChannels')}</p>}
          {composer.groups.length > 0 ? <SegmentTabs composer={composer} /> : null}
          <ComposerFooter composer={composer} />
        </form>
      )}
    </section>
  );
}
