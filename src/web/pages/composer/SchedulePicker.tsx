/**
 * Publish now, schedule, add to each channel's queue, take each channel's best time within some days, or keep as a
 * draft. The date and time are the person's wall-clock time in their own time zone; the composer sends the instant
 * as UTC ISO. Queue and best time are chosen by the server per channel, on each channel's audience clock.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { userTimeZone, utcIsoToLocalInput } from '../../lib/dates';
import { Field } from '../../components/Field';

export type Mode = 'now' | 'schedule' | 'queue' | 'bestTime' | 'draft';

interface Props {
  mode: Mode;
  onMode(mode: Mode): void;
  local: string;
  onLocal(value: string): void;
  error?: string | null;
  /** Offered once the post has segment variants: `local` on each segment's clock instead of one instant. */
  sameLocal?: { on: boolean; onChange(on: boolean): void };
  /** The best-time window, 1–28 days. */
  withinDays: number;
  onWithinDays(days: number): void;
  /** Shown under the best-time window (the chosen channel's heat map and why). */
  bestTimeDetail?: ReactNode;
}

export function SchedulePicker({ mode, onMode, local, onLocal, error, sameLocal, withinDays, onWithinDays, bestTimeDetail }: Props) {
  const { t } = useTranslation();
  const name = useId();
  const modes: Mode[] = ['now', 'schedule', 'queue', 'bestTime', 'draft'];
  return (
    <fieldset className="schedule">
      <legend>{t('composer.when')}</legend>
      <div className="schedule__modes">
        {modes.map((m) => (
          <label key={m} className={`radio-card${mode === m ? ' radio-card--on' : ''}`}>
            <input type="radio" name={name} value={m} checked={mode === m} onChange={() => onMode(m)} data-testid={`mode-${m}`} />
            {t(`composer.mode.${m}`)}
          </label>
        ))}
      </div>
      {mode === 'schedule' ? (
        <>
          <Field
            label={t('composer.scheduledAt')}
            hint={sameLocal?.on ? t('composer.sameLocalHint') : t('composer.timeZone', { zone: userTimeZone() })}
            error={error}
          >
            <input
              type="datetime-local"
              name="scheduledAt"
              value={local}
              min={sameLocal?.on ? undefined : utcIsoToLocalInput(new Date().toISOString())}
              onChange={(e) => onLocal(e.target.value)}
            />
          </Field>
          {sameLocal ? (
            <label className="schedule__same-local">
              <input type="checkbox" checked={sameLocal.on} onChange={(e) => sameLocal.onChange(e.target.checked)} data-testid="schedule-same-local" />{' '}
              {t('composer.sameLocal')}
            </label>
          ) : null}
        </>
      ) : mode === 'queue' ? (
        <>
          <p className="muted">{t('composer.queueHint')}</p>
          {error ? (
            <p className="field__error" role="alert">
              {error}
            </p>
          ) : null}
        </>
      ) : mode === 'bestTime' ? (
        <>
          <Field label={t('composer.withinDays')} hint={t('composer.bestTimeHint')} error={error}>
            <input
              type="number"
              name="withinDays"
              min={1}
              max={28}
              value={withinDays}
              onChange={(e) => onWithinDays(Math.min(28, Math.max(1, Math.round(Number(e.target.value) || 1))))}
              data-testid="best-time-days"
            />
          </Field>
          {bestTimeDetail}
        </>
      ) : error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
