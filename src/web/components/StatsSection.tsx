/**
 * The pieces of a statistics section on a link's or a post's page: the section itself (its title and intro, a refresh
 * button, the load's error, "loading…" until the answer is in, then the content made from it) and the row of key
 * figures.
 *
 * @example
 *   <StatsSection titleId="arms-title" title={t('links.arms.title')} testId="link-arms" query={report}>
 *     {(data) => <Kpis items={[{ key: 'visits', label: t('…'), value: number.format(data.visits), testId: 'kpi-visits' }]} />}
 *   </StatsSection>
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Loaded } from '../api/queries';
import { errorText } from '../lib/errors';
import { Notice } from './Field';

interface SectionProps<T> {
  /** The title's id, which labels the section. */
  titleId: string;
  title: string;
  intro?: ReactNode;
  /** Classes beside `stats`. */
  className?: string;
  testId: string;
  query: Loaded<T>;
  /** Controls shown before the refresh button (a range of days). */
  tools?: ReactNode;
  children(data: T): ReactNode;
}

export function StatsSection<T>({ titleId, title, intro, className, testId, query, tools, children }: SectionProps<T>) {
  const { t } = useTranslation();
  return (
    <section className={className ? `stats ${className}` : 'stats'} aria-labelledby={titleId} data-testid={testId}>
      <div className="stats__head">
        <div>
          <h2 id={titleId}>{title}</h2>
          {intro ? <p className="muted cascade__intro">{intro}</p> : null}
        </div>
        <div className="toolbar">
          {tools}
          <button type="button" className="button button--ghost button--small" onClick={query.reload} disabled={query.loading}>
            {t('links.stats.refresh')}
          </button>
        </div>
      </div>
      {query.error ? <Notice kind="error">{errorText(query.error)}</Notice> : null}
      {query.data !== null ? children(query.data) : query.error ? null : <p className="muted">{t('common.loading')}</p>}
    </section>
  );
}

/** One key figure: what it counts, its value as shown, and the test id browser tests find it by. */
export interface Kpi {
  key: string;
  label: string;
  value: string;
  testId: string;
  /** A line under the value saying how it is counted. */
  hint?: string;
  /** A class beside `kpi`, for its colour. */
  className?: string;
}

/** The row of key figures at the top of a statistics section. */
export function Kpis({ items, className }: { items: Kpi[]; className?: string }) {
  return (
    <ul className={className ? `kpis ${className}` : 'kpis'}>
      {items.map((kpi) => (
        <li key={kpi.key} className={kpi.className ? `kpi ${kpi.className}` : 'kpi'} data-testid={kpi.testId}>
          <span className="kpi__label">{kpi.label}</span>
          <span className="kpi__value">{kpi.value}</span>
          {kpi.hint ? <span className="kpi__hint">{kpi.hint}</span> : null}
        </li>
      ))}
    </ul>
  );
}
