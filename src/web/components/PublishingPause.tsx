/**
 * The crisis switch, as parts any page or alert can place: the workspace's publishing state (shared by every part
 * through one query), the "Pause all publishing" control with its reason and confirmation, and the Resume button.
 * Each part shows only to admins and owners, the roles the server lets pause and resume.
 *
 * @example
 *   <PausePublishingControl workspaceId={ws.id} role={ws.role} reason={alertSummary} /> // one click from an alert
 *   <ResumePublishingButton workspaceId={ws.id} role={ws.role} />
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api';
import { publishingApi, type PublishingState } from '../api-publishing';
import { queryClient, useApiQuery } from '../api/queries';
import { can } from '../lib/roles';
import { useSubmit } from '../lib/useSubmit';
import { Field, Notice } from './Field';

const stateKey = (workspaceId: string) => ['publishing', workspaceId];

/** Whether the workspace's publishing is paused; every part reading it shares one request. */
export function usePublishingState(workspaceId: string | null) {
  return useApiQuery(stateKey(workspaceId ?? ''), () => (workspaceId ? publishingApi.state(workspaceId) : Promise.resolve(null)));
}

/** After a pause or resume: the new state everywhere, and the posts' statuses read again (held or back on schedule). */
async function changed(workspaceId: string, state: PublishingState) {
  queryClient.setQueryData(stateKey(workspaceId), state);
  await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'publishing' });
}

interface ControlProps {
  workspaceId: string;
  role: Role;
  /** Filled in for the person (an alert says what happened); they may still change it. */
  reason?: string;
}

/** "Pause all publishing": opens a reason field and a confirmation in place. Nothing while already paused. */
export function PausePublishingControl({ workspaceId, role, reason: suggested = '' }: ControlProps) {
  const { t } = useTranslation();
  const state = usePublishingState(workspaceId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState(suggested);
  const { busy, errors, handleSubmit } = useSubmit(['reason']);
  if (!can.pausePublishing(role) || !state.data || state.data.paused) return null;

  const submit = handleSubmit(async () => {
    await changed(workspaceId, await publishingApi.pause(workspaceId, reason.trim()));
    setOpen(false);
  });

  if (!open) {
    return (
      <button type="button" className="button button--danger" onClick={() => setOpen(true)} data-testid="pause-publishing">
        {t('publishingPause.pause')}
      </button>
    );
  }
  return (
    <form className="card form publishing-pause" onSubmit={submit} noValidate data-testid="pause-publishing-form">
      <h2>{t('publishingPause.pause')}</h2>
      <p className="muted">{t('publishingPause.pauseHint')}</p>
      {errors.general ? <Notice kind="error">{errors.general}</Notice> : null}
      <Field label={t('publishingPause.reason')} error={errors.byField['reason']}>
        <textarea name="reason" rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--attention" disabled={busy || !reason.trim()} data-testid="pause-publishing-confirm">
          {busy ? t('common.working') : t('publishingPause.confirm')}
        </button>
        <button type="button" className="button button--ghost" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** "Resume publishing", asked once more in place; says how many held posts went back on the schedule. */
export function ResumePublishingButton({ workspaceId, role }: { workspaceId: string; role: Role }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [released, setReleased] = useState<number | null>(null);
  const { busy, errors, submit } = useSubmit([]);
  if (!can.pausePublishing(role)) return null;

  const resume = () =>
    submit(async () => {
      const { released: count, ...state } = await publishingApi.resume(workspaceId);
      setAsking(false);
      setReleased(count);
      await changed(workspaceId, state);
    });

  return (
    <span className="publishing-pause__resume">
      {errors.general ? <Notice kind="error">{errors.general}</Notice> : null}
      {released !== null ? <Notice kind="success">{t('publishingPause.resumed', { count: released })}</Notice> : null}
      {!asking ? (
        <button type="button" className="button button--attention button--small" onClick={() => setAsking(true)} data-testid="resume-publishing">
          {t('publishingPause.resume')}
        </button>
      ) : (
        <>
          <span>{t('publishingPause.resumeQuestion')}</span>
          <button type="button" className="button button--attention button--small" disabled={busy} onClick={() => void resume()} data-testid="resume-publishing-confirm">
            {busy ? t('common.working') : t('publishingPause.resumeYes')}
          </button>
          <button type="button" className="button button--ghost button--small" onClick={() => setAsking(false)}>
            {t('common.cancel')}
          </button>
        </>
      )}
    </span>
  );
}
