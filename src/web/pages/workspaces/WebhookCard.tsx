/** One webhook: its address and events, "Send a test", delete (with confirmation), and its delivery log. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { webhooksApi, type Delivery, type Webhook } from '../../api-webhooks';
import { useApiQuery } from '../../api/queries';
import { errorText } from '../../lib/errors';
import { formatWhen } from '../../lib/dates';
import { Notice } from '../../components/Field';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DataTable } from '../../components/DataTable';
import { eventKey } from './WebhookForm';
import './webhooks.css';

interface Props {
  workspaceId: string;
  webhook: Webhook;
  onRemoved(): void;
}

export function WebhookCard({ workspaceId, webhook, onRemoved }: Props) {
  const { t } = useTranslation();
  const log = useApiQuery(['webhook-deliveries', workspaceId, webhook.id], () => webhooksApi.deliveries(workspaceId, webhook.id));
  const [error, setError] = useState<unknown>(null);
  const [tested, setTested] = useState(false);

  async function act(work: () => Promise<unknown>, after: () => void) {
    setError(null);
    try {
      await work();
      after();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="card" data-testid="webhook">
      <h2>
        <code className="webhook-url" data-testid="webhook-url">{webhook.url}</code>
      </h2>
      <p className="muted">{webhook.events.map((type) => t(eventKey(type))).join(' · ')}</p>
      {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
      {tested ? <Notice kind="info">{t('webhooks.testQueued')}</Notice> : null}
      <div className="form__actions">
        <button type="button" className="button" data-testid="webhook-test"
          onClick={() => void act(() => webhooksApi.sendTest(workspaceId, webhook.id), () => (setTested(true), log.reload()))}>
          {t('webhooks.sendTest')}
        </button>
        <button type="button" className="button button--ghost" data-testid="webhook-refresh" onClick={log.reload}>
          {t('webhooks.refresh')}
        </button>
        <ConfirmButton
          label={t('webhooks.remove')}
          ariaLabel={t('webhooks.removeNamed', { url: webhook.url })}
          question={t('webhooks.removeQuestion', { url: webhook.url })}
          yes={t('webhooks.removeYes')}
          onConfirm={() => void act(() => webhooksApi.remove(workspaceId, webhook.id), onRemoved)}
        />
      </div>
      <h3>{t('webhooks.log')}</h3>
      {log.error ? <Notice kind="error">{errorText(log.error)}</Notice> : null}
      {log.data?.deliveries.length === 0 ? <p className="muted">{t('webhooks.logEmpty')}</p> : null}
      {log.data && log.data.deliveries.length > 0 ? <DeliveryLog deliveries={log.data.deliveries} /> : null}
    </div>
  );
}

/** The post statuses' colours: delivered is green like published, pending blue like publishing, failed red. */
const BADGE: Record<Delivery['status'], string> = { delivered: 'status-published', pending: 'status-publishing', failed: 'status-failed' };

function DeliveryLog({ deliveries }: { deliveries: Delivery[] }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string | null) => (iso ? formatWhen(iso, i18n.language) : '—');
  return (
    <div data-testid="webhook-log">
      <DataTable
        className="webhook-log"
        columns={[
          t('webhooks.columns.time'),
          t('webhooks.columns.event'),
          t('webhooks.columns.status'),
          { label: t('webhooks.columns.attempts'), num: true },
          t('webhooks.columns.answer'),
          t('webhooks.columns.next'),
        ]}
      >
        {deliveries.map((d) => (
          <tr key={d.id} data-testid="webhook-delivery" data-status={d.status}>
            <td>{when(d.lastAttemptAt ?? d.createdAt)}</td>
            <td>{t(eventKey(d.type))}</td>
            <td>
              <span className={`badge ${BADGE[d.status]}`}>{t(`webhooks.status.${d.status}`)}</span>
            </td>
            <td className="num">{d.attempts}</td>
            <td className="webhook-log__answer" title={d.responseExcerpt ?? undefined}>{d.lastStatus !== null ? `HTTP ${d.lastStatus}` : ''} {d.lastError ?? ''}</td>
            <td>{d.status === 'pending' ? when(d.nextAttemptAt) : '—'}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
