/**
 * The head of a page whose title shares the row with something to act on (a button, the page's address): the title
 * and its intro on the left, `children` on the right.
 *
 * @example
 *   <PageHeader title={t('links.title')} intro={t('links.intro')}>
 *     <button type="button" className="button button--primary" onClick={create}>{t('links.new')}</button>
 *   </PageHeader>
 */
import type { ReactNode } from 'react';

export function PageHeader({ title, intro, children }: { title: ReactNode; intro?: ReactNode; children?: ReactNode }) {
  return (
    <header className="page__header page__header--row">
      <div>
        <h1>{title}</h1>
        {intro ? <p className="muted">{intro}</p> : null}
      </div>
      {children}
    </header>
  );
}
