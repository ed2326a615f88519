/**
 * One network's app on the network apps page: its logo and status, the callback URL(s) to register (with a copy
 * button), the developer console, a short checklist, and for owners the client id and secret fields. An app the
 * server sets is read-only here; the secret is never shown back, only whether one is saved and its last 4.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEVELOPER_CONSOLES, networkAppsApi, type NetworkApp } from '../../api-network-apps';
import { useSubmit } from '../../lib/useSubmit';
import { Notice, TextField } from '../../components/Field';
import { TokenField } from '../../components/CredentialFields';
import { CopyButton } from '../../components/CopyButton';
import { ConfirmButton } from '../../components/ConfirmButton';
import { NetworkLogo } from '../../components/NetworkLogo';

const FIELDS = ['clientId', 'clientSecret'] as const;

interface Props {
  workspaceId: string;
  app: NetworkApp;
  owner: boolean;
  onChanged(): void;
}

export function NetworkAppCard({ workspaceId, app, owner, onChanged }: Props) {
  const { t } = useTranslation();
  const name = t(`networkApps.appName.${app.network}`);
  return (
    <div className="card network-app" data-testid={`network-app-${app.network}`} data-status={app.status}>
      <h2 className="network-app__title">
        {app.networks.map((network) => (
          <NetworkLogo key={network} network={network} size={24} />
        ))}
        <span>{name}</span>
        <span className={`pill network-app__status network-app__status--${app.status}`} data-testid="network-app-status">
          {t(`networkApps.status.${app.status}`)}
        </span>
      </h2>
      {app.status === 'env' ? <p className="muted">{t('networkApps.setByServer')}</p> : null}
      {owner && app.status === 'env' ? <CallbackUrls urls={app.callbackUrls} /> : null}
      {owner && app.status !== 'env' ? <Checklist app={app} name={name} /> : null}
      {owner && app.webhook ? <MetaWebhook webhook={app.webhook} /> : null}
      {owner && app.status !== 'env' ? <AppForm workspaceId={workspaceId} app={app} name={name} onChanged={onChanged} /> : null}
      {!owner && app.status === 'none' ? <p className="muted">{t('networkApps.askOwner', { network: name })}</p> : null}
    </div>
  );
}

/** The steps at the network, with the callback URL to paste there. */
function Checklist({ app, name }: { app: NetworkApp; name: string }) {
  const { t } = useTranslation();
  return (
    <ol className="checklist">
      <li>
        {t('networkApps.steps.create', { network: name })}{' '}
        <a href={DEVELOPER_CONSOLES[app.network]} target="_blank" rel="noopener noreferrer">
          {t('networkApps.console', { network: name })}
        </a>
      </li>
      <li>
        {app.callbackUrls.length > 1 ? t('networkApps.steps.callbackMany') : t('networkApps.steps.callbackOne')}
        <CallbackUrls urls={app.callbackUrls} />
      </li>
      <li>{t('networkApps.steps.paste')}</li>
      <li>{t('networkApps.steps.connect')}</li>
    </ol>
  );
}

/** The address(es) the network's app must allow as redirect URLs, each with a copy button. */
function CallbackUrls({ urls }: { urls: string[] }) {
  return (
    <>
      {urls.map((url) => (
        <span key={url} className="callback-url">
          <code data-testid="callback-url">{url}</code> <CopyButton text={url} />
        </span>
      ))}
    </>
  );
}

/** What to enter in a saved Meta app's Webhooks settings: Meta's subscription check names no workspace. */
function MetaWebhook({ webhook }: { webhook: { callbackUrl: string; verifyToken: string } }) {
  const { t } = useTranslation();
  return (
    <div className="network-app__webhook" data-testid="meta-webhook">
      <h3>{t('networkApps.webhookTitle')}</h3>
      <p className="muted">{t('networkApps.webhookHint')}</p>
      <p>
        {t('networkApps.webhookUrl')}: <code data-testid="webhook-url">{webhook.callbackUrl}</code> <CopyButton text={webhook.callbackUrl} />
      </p>
      <p>
        {t('networkApps.verifyToken')}: <code data-testid="verify-token">{webhook.verifyToken}</code> <CopyButton text={webhook.verifyToken} />
      </p>
    </div>
  );
}

function AppForm({ workspaceId, app, name, onChanged }: { workspaceId: string; app: NetworkApp; name: string; onChanged(): void }) {
  const { t } = useTranslation();
  const [clientId, setClientId] = useState(app.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [saved, setSaved] = useState(false);
  const { busy, running, errors, submit } = useSubmit(FIELDS);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    void submit(async () => {
      await networkAppsApi.save(workspaceId, app.network, { clientId: clientId.trim(), clientSecret: clientSecret.trim() });
      setClientSecret('');
      setSaved(true);
      onChanged();
    });
  }

  function remove() {
    setSaved(false);
    void submit(
      async () => {
        await networkAppsApi.remove(workspaceId, app.network);
        setClientId('');
        onChanged();
      },
      { action: 'remove' },
    );
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate data-testid="network-app-form">
      {errors.general ? <Notice kind="error">{errors.general}</Notice> : null}
      {saved ? <Notice kind="success">{t('networkApps.saved', { network: name })}</Notice> : null}
      <TextField label={t('networkApps.clientId')} error={errors.byField.clientId} name="clientId" autoComplete="off" spellCheck={false} value={clientId}
        onValue={setClientId} />
      <TokenField label={t('networkApps.clientSecret')} hint={app.secretLast4 ? t('networkApps.secretKept', { last4: app.secretLast4 }) : undefined}
        error={errors.byField.clientSecret} name="clientSecret" value={clientSecret} onValue={setClientSecret} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy || !clientId.trim() || !clientSecret.trim()}>
          {running === 'submit' ? t('common.working') : t('networkApps.save')}
        </button>
        {app.status === 'saved' ? (
          <ConfirmButton
            label={t('networkApps.remove')}
            ariaLabel={t('networkApps.removeNamed', { network: name })}
            question={t('networkApps.removeQuestion', { network: name })}
            yes={t('networkApps.removeYes')}
            onConfirm={remove}
          />
        ) : null}
      </div>
    </form>
  );
}
