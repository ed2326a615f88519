/**
 * Catches a page that fails to render, above all a page whose code could not be fetched (pages load on first use, and a
 * tab left open across an upgrade asks for files the server no longer has), and offers a reload instead of a blank
 * screen. React catches render errors only in a class component with getDerivedStateFromError; these few lines spare a
 * dependency for it.
 */
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface State {
  failed: boolean;
}

export class PageBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}

function PageFailed() {
  const { t } = useTranslation();
  return (
    <section className="page" role="alert" data-testid="page-failed">
      <h1>{t('common.pageFailedTitle')}</h1>
      <p className="muted">{t('common.pageFailed')}</p>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        {t('common.reload')}
      </button>
    </section>
  );
}
