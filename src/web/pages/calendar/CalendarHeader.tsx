/** The calendar's title, its time zone, the month/week switch, moving through time, and "New post". */
import { useTranslation } from 'react-i18next';
import { Link } from '../../router';
import { userTimeZone } from '../../lib/dates';

export type View = 'month' | 'week';

export function CalendarHeader({
  title,
  view,
  mayCompose,
  onView,
  onStep,
  onToday,
}: {
  title: string;
  view: View;
  mayCompose: boolean;
  onView: (view: View) => void;
  onStep: (direction: 1 | -1) => void;
  onToday: () => void;
}) {
  const { t } = useTranslation();
  return (
    <header className="page__header page__header--row">
      <div>
        <h1 className="calendar__title">{title}</h1>
        <p className="muted">{t('calendar.timeZone', { zone: userTimeZone() })}</p>
      </div>
      <div className="toolbar">
        <div className="segmented" role="group" aria-label={t('calendar.view')}>
          <button type="button" aria-pressed={view === 'month'} onClick={() => onView('month')}>
            {t('calendar.month')}
          </button>
          <button type="button" aria-pressed={view === 'week'} onClick={() => onView('week')}>
            {t('calendar.week')}
          </button>
        </div>
        <div className="segmented" role="group" aria-label={t('calendar.navigate')}>
          <button type="button" onClick={() => onStep(-1)} aria-label={t('calendar.previous')}>
            ‹
          </button>
          <button type="button" onClick={onToday}>
            {t('calendar.today')}
          </button>
          <button type="button" onClick={() => onStep(1)} aria-label={t('calendar.next')}>
            ›
          </button>
        </div>
        {mayCompose ? (
          <Link to="/compose" className="button button--primary">
            {t('calendar.newPost')}
          </Link>
        ) : null}
      </div>
    </header>
  );
}
