/**
 * `#/workspace/webhooks` (admins): the workspace's outgoing webhooks. Add one (address and events), copy its signing
 * secret the one time it is shown, send a test, read each webhook's delivery log, delete one.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { webhooksApi } from '../../api-webhooks';
import { useApiQuery } from '../../api/queries';
import { useWorkspace } from '../../session';
import { Link } from '../../router';
import { errorText } from '../../lib/errors';
import { can } from '../../lib/roles';
import { Notice } from '../../components/Field';
import { WebhookCard } from './WebhookCard';
import { NewSecret, WebhookForm } from './WebhookForm';

/** The page's data: the list, and what to do once one is created or deleted. */
function useWebhooks(workspaceId: string) {
  const list = useApiQuery(['webhooks', workspaceId], () => webhooksApi.list(workspaceId));
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  return { list, created, setCreated };
}

export function WebhooksPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { list, created, setCreated } = useWebhooks(workspace.id);
  if (!can.manageMembers(workspace.role)) return <Notice kind="error">{t('webhooks.adminsOnly')}</Notice>;
  return (
    <section className="page" data-testid="webhooks">
      <header className="page__header">
        <h1>{t('webhooks.title')}</h1>
        <p className="muted">{t('webhooks.intro')}</p>
        <p>
          <Link to="/workspace">{t('webhooks.back')}</Link>
        </p>
      </header>
      {created ? <NewSecret url={created.url} secret={created.secret} onDone={() => setCreated(null)} /> : null}
      <WebhookForm
        workspaceId={workspace.id}
        onCreated={(url, secret) => {
          setCreated({ url, secret });
          list.reload();
        }}
      />
      {list.error ? <Notice kind="error">{errorText(list.error)}</Notice> : null}
      {list.data === null && !list.error ? <p className="muted">{t('common.loading')}</p> : null}
      {list.data?.webhooks.length === 0 ? <p className="muted">{t('webhooks.empty')}</p> : null}
      {list.data?.webhooks.map((webhook) => (
        <WebhookCard key={webhook.id} workspaceId={workspace.id} webhook={webhook} onRemoved={list.reload} />
      ))}
    </section>
  );
}
