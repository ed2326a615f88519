/** A post's or publication's status as a coloured badge; the colours are defined once in styles.css. */
import { useTranslation } from 'react-i18next';
import type { PostStatus } from '../api';

export const statuses: PostStatus[] = [
  'draft',
  'pending_approval',
  'scheduled',
  'publishing',
  'published',
  'failed',
  'cancelled',
  'held',
];

export function StatusBadge({ status }: { status: PostStatus }) {
  const { t } = useTranslation();
  return <span className={`badge status-${status}`}>{t(`status.${status}`)}</span>;
}

export function StatusLegend() {
  const { t } = useTranslation();
  return (
    <ul className="legend" aria-label={t('calendar.legend')}>
      {statuses.map((status) => (
        <li key={status}>
          <span className={`dot status-${status}`} aria-hidden="true" />
          {t(`status.${status}`)}
        </li>
      ))}
    </ul>
  );
}
