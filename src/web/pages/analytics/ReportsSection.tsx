/**
 * Scheduled reports by email, under the analytics: the reports already scheduled (what, how often, to whom, when
 * next), a one-row form to add one for the view's channel or campaign, "send now" to try it, and stop. Editors change
 * them; everyone sees them. Says so when the server cannot send email yet.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportsApi } from '../../api-reports';
import { useApiQuery } from '../../api/queries';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Field, Notice } from '../../components/Field';
import { InlineForm } from '../../components/InlineForm';
import { errorText } from '../../lib/errors';
import { can } from '../../lib/roles';
import { useSubmit } from '../../lib/useSubmit';
import { useWorkspace } from '../../session';

const FIELDS = ['name', 'frequency', 'emails'];

export function ReportsSection({ scope }: { scope: { channelId?: string; campaignId?: string } }) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const reports = useApiQuery(['report-schedules', workspace.id], () => reportsApi.list(workspace.id));
  const [name, setName] = useState('');
  const [frequency, setFrequency] = useState<'weekly' | 'monthly'>('weekly');
  const [emails, setEmails] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, errors, error, handleSubmit, submit } = useSubmit(FIELDS);
  const editor = can.scheduleReports(workspace.role);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const onCreate = handleSubmit(async () => {
    const list = emails.split(/[\s,;]+/).filter(Boolean);
    await reportsApi.create(workspace.id, { name, frequency, emails: list, locale: i18n.language.startsWith('fr') ? 'fr' : 'en', ...scope });
    setName('');
    setEmails('');
    reports.reload();
  });

  return (
    <section className="card reports" data-testid="report-schedules">
      <h3 className="chart-title">{t('reports.title')}</h3>
      <p className="muted">{t('reports.intro')}</p>
      {reports.data && !reports.data.emailConfigured ? <Notice kind="info">{t('reports.noEmail')}</Notice> : null}
      {notice ? <Notice kind="success">{notice}</Notice> : null}
      {error && !errors.general && Object.keys(errors.byField).length === 0 ? <Notice kind="error">{errorText(error)}</Notice> : null}
      <ul className="reports__list">
        {(reports.data?.schedules ?? []).map((r) => (
          <li key={r.id} className="reports__item">
            <strong>{r.name}</strong> · {t(`reports.${r.frequency}`)} · {r.emails.join(', ')}
            <span className="muted"> · {t('reports.next', { when: when.format(new Date(r.nextRunAt)) })}</span>
            {editor ? (
              <span className="reports__actions">
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => void submit(async () => setNotice(t('reports.sent', { ...(await reportsApi.sendNow(workspace.id, r.id)) })), { action: r.id })}
                >
                  {t('reports.sendNow')}
                </button>
                <ConfirmButton
                  label={t('reports.stop')}
                  ariaLabel={t('reports.stopNamed', { name: r.name })}
                  question={t('reports.stopConfirm', { name: r.name })}
                  yes={t('reports.stop')}
                  onConfirm={async () => {
                    await reportsApi.remove(workspace.id, r.id);
                    reports.reload();
                  }}
                />
              </span>
            ) : null}
          </li>
        ))}
        {reports.data && reports.data.schedules.length === 0 ? <li className="muted">{t('reports.none')}</li> : null}
      </ul>
      {editor ? (
        <InlineForm onSubmit={onCreate} error={errors.general} submitLabel={t('reports.add')} disabled={busy || !name.trim() || !emails.trim()}>
          <Field label={t('reports.name')} error={errors.byField['name']}>
            <input name="reportName" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
          </Field>
          <Field label={t('reports.frequency')}>
            <select name="frequency" value={frequency} onChange={(e) => setFrequency(e.target.value as 'weekly' | 'monthly')}>
              <option value="weekly">{t('reports.weekly')}</option>
              <option value="monthly">{t('reports.monthly')}</option>
            </select>
          </Field>
          <Field label={t('reports.emails')} hint={t('reports.emailsHint')} error={errors.byField['emails']}>
            <input name="emails" value={emails} onChange={(e) => setEmails(e.target.value)} inputMode="email" />
          </Field>
        </InlineForm>
      ) : null}
    </section>
  );
}
