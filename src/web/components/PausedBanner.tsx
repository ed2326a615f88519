/**
 * Under the top bar on every page of a workspace whose publishing is paused: since when, by whom and why, that the
 * scheduled posts are held (not lost), and the Resume button for admins and owners; others are told whom to ask.
 */
import { useTranslation } from 'react-i18next';
import { useSession } from '../session';
import { can } from '../lib/roles';
import { ResumePublishingButton, usePublishingState } from './PublishingPause';

export function PausedBanner() {
  const { t, i18n } = useTranslation();
  const { workspace } = useSession();
  const state = usePublishingState(workspace?.id ?? null).data;
  if (!workspace || !state?.paused) return null;
  const since = state.since ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(state.since)) : '';
  const reason = state.reason ?? '';
  return (
    <section className="reconnect-banner paused-banner" aria-label={t('publishingPause.bannerLabel')} data-testid="paused-banner">
      <div className="reconnect-banner__inner reconnect-banner__item">
        <span className="reconnect-banner__mark paused-banner__mark" aria-hidden="true">
          ❚❚
        </span>
        <div className="reconnect-banner__body">
          <p className="reconnect-banner__title">
            {state.by ? t('publishingPause.banner', { since, name: state.by.name, reason }) : t('publishingPause.bannerNoName', { since, reason })}
          </p>
          <p>
            {t('publishingPause.bannerHeld')} {can.pausePublishing(workspace.role) ? null : t('publishingPause.askAdmin')}
          </p>
        </div>
        <div className="reconnect-banner__action">
          <ResumePublishingButton workspaceId={workspace.id} role={workspace.role} />
        </div>
      </div>
    </section>
  );
}
