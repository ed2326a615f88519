/**
 * Narrows the calendar to one channel, one campaign and one status; the choices live in the URL with the view and date. Each
 * filter is a select over `CALENDAR_FILTERS`' keys, so one more (a campaign) is one more entry in `options`.
 */
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../api';
import type { CalendarFilter, CalendarFilters as Filters } from './grid';

const STATUSES = ['scheduled', 'pending_approval', 'publishing', 'published', 'failed', 'held', 'draft', 'cancelled'];

interface Props {
  filters: Filters;
  channels: readonly Channel[];
  campaigns: ReadonlyArray<{ id: string; name: string }>;
  onChange: (next: Filters) => void;
}

export function CalendarFilters({ filters, channels, campaigns, onChange }: Props) {
  const { t } = useTranslation();
  const options: Record<CalendarFilter, Array<{ value: string; label: string }>> = {
    channel: channels.map((c) => ({ value: c.id, label: `${c.handle} · ${t(`networks.${c.network}`, { defaultValue: c.network })}` })),
    campaign: campaigns.map((c) => ({ value: c.id, label: c.name })),
    status: STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
  };
  const set = (key: CalendarFilter, value: string) => {
    const next = { ...filters };
    if (value) next[key] = value;
    else delete next[key];
    onChange(next);
  };
  return (
    <div className="calendar-filters" role="group" aria-label={t('calendar.filters')}>
      {(Object.keys(options) as CalendarFilter[]).map((key) => (
        <label key={key} className="calendar-filters__field">
          <span>{t(`calendar.filter.${key}`)}</span>
          <select value={filters[key] ?? ''} onChange={(e) => set(key, e.target.value)} data-testid={`calendar-filter-${key}`}>
            <option value="">{t(`calendar.filterAll.${key}`)}</option>
            {options[key].map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}
