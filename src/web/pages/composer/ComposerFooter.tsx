/** The composer's last card: when to publish, what still stops the post, and the submit button. */
import { useTranslation } from 'react-i18next';
import { can } from '../../lib/roles';
import { BestTimePanel } from './BestTimePanel';
import { SchedulePicker } from './SchedulePicker';
import { aboutThread } from './ThreadFields';
import { aboutSettings, shownByPanels } from './useChannelSettings';
import { inArea, violationText } from './violations';
import type { Composer } from './useComposer';

export function ComposerFooter({ composer: c }: { composer: Composer }) {
  const { t } = useTranslation();
  const { settings, workspace, mode } = c;
  const other = inArea(
    c.violations.filter((v) => !shownByPanels(v) && !v.segmentId),
    'other',
  ).filter((v) => !aboutSettings(v) && !aboutThread(v));
  const submitLabel = {
    now: t('composer.publishNow'),
    schedule: t('composer.schedule'),
    queue: t('composer.addToQueue'),
    bestTime: t('composer.scheduleBest'),
    draft: t('composer.saveDraft'),
  }[mode];

  return (
    <div className="composer__footer card">
      <SchedulePicker
        mode={mode}
        onMode={c.setMode}
        local={c.local}
        onLocal={c.setLocal}
        error={c.scheduleProblem ?? c.fieldError('schedule')}
        sameLocal={c.segments.tabs.length > 0 || c.sameLocal ? { on: c.sameLocal, onChange: c.setSameLocal } : undefined}
        withinDays={c.withinDays}
        onWithinDays={c.setWithinDays}
        bestTimeDetail={mode === 'bestTime' ? <BestTimePanel workspaceId={workspace.id} channels={c.chosen} /> : null}
      />
      {other.map((v) => (
        <p key={`${v.channelId}-${v.rule}-${v.field}`} className="field__error" role="alert">
          {violationText(v)}
        </p>
      ))}
      {c.showBlockers && settings.blockers.length > 0 ? (
        <div className="notice notice--error" role="alert" data-testid="composer-blockers">
          <p>{t('networkOptions.blocked')}</p>
          <ul>
            {settings.blockers.map((b) => (
              <li key={`${b.channelId}-${b.key}`}>
                {c.chosen.find((ch) => ch.id === b.channelId)?.handle}:{' '}
                {t(`networkOptions.blockers.${b.key}`, { network: t(`networks.${b.network}`, { defaultValue: b.network }), ...b.params })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {!can.approve(workspace.role) && mode !== 'draft' ? <p className="muted">{t('composer.needsApproval')}</p> : null}
      <div className="composer__actions">
        <button type="submit" className="button button--primary" disabled={c.busy || c.channelIds.length === 0} data-testid="composer-submit">
          {c.busy ? t('common.working') : submitLabel}
        </button>
      </div>
    </div>
  );
}
