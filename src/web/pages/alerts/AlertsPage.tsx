/**
 * `#/alerts`: the early warning. The alerts fired, newest first, each with the inbox items that caused it, and the
 * workspace's rules (editors change them, everyone reads them). An alert reads in the person's language from its
 * numbers; the server's English summary is only for webhooks and scripts.
 */
import { useTranslation } from 'react-i18next';
import { alertsApi, type Alert } from '../../api-alerts';
import { useApiQuery } from '../../api/queries';
import { useWorkspace } from '../../session';
import { can } from '../../lib/roles';
import { errorText } from '../../lib/errors';
import { Notice } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { PausePublishingControl } from '../../components/PublishingPause';
import { RulesSection } from './RulesSection';
import './alerts.css';

export function AlertsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const alerts = useApiQuery(['alerts', workspace.id], () => alertsApi.alerts(workspace.id));
  const rules = useApiQuery(['alert-rules', workspace.id], () => alertsApi.rules(workspace.id));
  const list = alerts.data?.alerts ?? [];
  const ruleName = (id: string | null) => rules.data?.rules.find((r) => r.id === id)?.name ?? null;

  return (
    <section className="page" data-testid="alerts-page">
      <PageHeader title={t('alerts.title')} intro={t('alerts.intro')}>
        <button type="button" className="button button--ghost" onClick={alerts.reload} disabled={alerts.loading}>
          {t('alerts.refresh')}
        </button>
      </PageHeader>
      {alerts.error ? <Notice kind="error">{errorText(alerts.error)}</Notice> : null}
      {list.length === 0 && !alerts.loading ? <p className="muted card">{t('alerts.none')}</p> : null}
      <ol className="alert-list">
        {list.map((alert, i) => (
          <AlertCard key={alert.id} alert={alert} ruleName={ruleName(alert.ruleId)} latest={i === 0} />
        ))}
      </ol>
      <RulesSection
        workspaceId={workspace.id}
        rules={rules.data?.rules ?? []}
        error={rules.error}
        editable={can.approve(workspace.role)}
        onChanged={rules.reload}
      />
    </section>
  );
}

function AlertCard({ alert, ruleName, latest }: { alert: Alert; ruleName: string | null; latest: boolean }) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const d = alert.details;
  const when = new Date(alert.firedAt).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const headline =
    alert.kind === 'post_backlash'
      ? t('alerts.backlash', { negative: d.negative ?? 0, positive: d.positive ?? 0, minutes: d.windowMinutes ?? 0 })
      : t(alert.kind === 'keyword_surge' ? 'alerts.keywordSurge' : 'alerts.negativeSurge', {
          count: d.count ?? 0,
          minutes: d.windowMinutes ?? 0,
          usual: (d.mean ?? 0).toLocaleString(i18n.language, { maximumFractionDigits: 1 }),
          keywords: (d.keywords ?? []).join(', '),
        });
  return (
    <li className={`card alert alert--${alert.kind}`} data-testid="alert" data-kind={alert.kind}>
      <header className="alert__head">
        <span className="badge alert__kind">{t(`alerts.kinds.${alert.kind}`)}</span>
        <strong>{headline}</strong>
        <span className="muted">
          {when}
          {ruleName ? ` · ${t('alerts.byRule', { name: ruleName })}` : ''}
        </span>
      </header>
      {alert.items.length > 0 ? (
        <ul className="alert__items" aria-label={t('alerts.items')}>
          {alert.items.slice(0, 5).map((item) => (
            <li key={item.id} className={`alert__item sentiment-${item.sentiment ?? 'unknown'}`}>
              <span className="alert__author">{item.author.name || item.author.handle}</span> {item.text}
              {item.url ? (
                <>
                  {' '}
                  <a href={item.url} target="_blank" rel="noreferrer noopener">
                    {t('alerts.open')}
                  </a>
                </>
              ) : null}
            </li>
          ))}
          {alert.items.length > 5 ? <li className="muted">{t('alerts.more', { count: alert.items.length - 5 })}</li> : null}
        </ul>
      ) : null}
      {latest ? (
        // The crisis switch, one click from what set it off (admins and owners; nothing while already paused).
        <div className="alert__actions">
          <PausePublishingControl workspaceId={workspace.id} role={workspace.role} reason={`${t('alerts.pauseReason')} ${headline}`} />
        </div>
      ) : null}
    </li>
  );
}
