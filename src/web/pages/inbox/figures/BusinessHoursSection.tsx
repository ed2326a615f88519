/**
 * The workspace's business hours, which the figures count in: every member reads them; admins change them, one line
 * per weekday ("09:00-12:00, 13:00-17:00", empty for closed). The server's refusal shows under the day it names.
 * The page shows the section afresh (a new key) once saved hours come back, so whether they were just saved here is
 * the page's to remember (`justSaved`), not this form's.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { figuresApi, type BusinessHours } from '../../../api-figures';
import { Notice, TextField } from '../../../components/Field';
import { errorText } from '../../../lib/errors';
import { ApiError } from '../../../http';
import { formatIntervals, parseIntervals, weekdayName } from './format';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

interface Props {
  workspaceId: string;
  hours: BusinessHours;
  editable: boolean;
  /** These hours are the ones this person just saved: the form says so. */
  justSaved: boolean;
  onSaved(saved: BusinessHours): void;
}

export function BusinessHoursSection({ workspaceId, hours, editable, justSaved, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const initial = () => Object.fromEntries(WEEKDAYS.map((w) => [w, formatIntervals(hours.days.filter((d) => d.weekday === w))]));
  const [lines, setLines] = useState<Record<number, string>>(initial);
  const [timeZone, setTimeZone] = useState(hours.timeZone);
  const [error, setError] = useState<{ weekday: number | 'zone' | null; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    const days = WEEKDAYS.flatMap((weekday) => parseIntervals(lines[weekday] ?? '').map((i) => ({ weekday, ...i })));
    setBusy(true);
    try {
      const saved = await figuresApi.saveHours(workspaceId, { timeZone: timeZone.trim(), days });
      setError(null);
      onSaved(saved);
    } catch (caught) {
      // "days.3.end" names an interval of the list sent: show the error under its weekday.
      const field = caught instanceof ApiError ? caught.field ?? '' : '';
      const index = /^days\.(\d+)\./.exec(field)?.[1];
      const weekday = index !== undefined ? days[Number(index)]?.weekday ?? null : field === 'timeZone' ? 'zone' : null;
      setError({ weekday, text: errorText(caught) });
    } finally {
      setBusy(false);
    }
  }

  const summary = WEEKDAYS.map((w) => ({ w, text: formatIntervals(hours.days.filter((d) => d.weekday === w)) }));
  return (
    <section className="card figures__hours" aria-labelledby="business-hours-title" data-testid="business-hours">
      <h2 id="business-hours-title">{t('figures.hours.title')}</h2>
      <p className="muted">{hours.isDefault ? t('figures.hours.default', { zone: hours.timeZone }) : t('figures.hours.intro', { zone: hours.timeZone })}</p>
      {!editable ? (
        <ul className="figures__hours-list">
          {summary.map(({ w, text }) => (
            <li key={w}>
              <strong>{weekdayName(w, i18n.language)}</strong> {text || t('figures.hours.closed')}
            </li>
          ))}
        </ul>
      ) : (
        <form onSubmit={save} className="figures__hours-form" data-testid="business-hours-form">
          <TextField label={t('figures.hours.zone')} hint={t('figures.hours.zoneHint')} error={error?.weekday === 'zone' ? error.text : null} name="timeZone" value={timeZone} onValue={setTimeZone} />
          {WEEKDAYS.map((w) => (
            <TextField
              key={w}
              label={weekdayName(w, i18n.language)}
              error={error?.weekday === w ? error.text : null}
              placeholder={t('figures.hours.closed')}
              name={`day-${w}`}
              value={lines[w] ?? ''}
              onValue={(value) => setLines({ ...lines, [w]: value })}
            />
          ))}
          <p className="field__hint">{t('figures.hours.hint')}</p>
          {error && error.weekday === null ? <Notice kind="error">{error.text}</Notice> : null}
          {justSaved && !error ? <Notice kind="success">{t('figures.hours.saved')}</Notice> : null}
          <div>
            <button type="submit" className="button" disabled={busy}>
              {t('figures.hours.save')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
