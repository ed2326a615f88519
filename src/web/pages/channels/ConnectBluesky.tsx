/**
 * Connects a Bluesky account with its handle (or email) and an app password, on bsky.social or another PDS. Given
 * `reconnect`, it is that account's form: the handle is filled in and only a new app password is needed.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Channel } from '../../api';
import { useSubmit } from '../../lib/useSubmit';
import { TextField } from '../../components/Field';
import { TokenField } from '../../components/CredentialFields';
import { ConnectForm } from './ConnectForm';

const FIELDS = ['identifier', 'appPassword', 'service'] as const;

interface Props {
  workspaceId: string;
  onConnected(channel: Channel): void;
  /** The account to reconnect, when its credentials stopped working. */
  reconnect?: Channel;
  onCancel?(): void;
}

export function ConnectBluesky({ workspaceId, onConnected, reconnect, onCancel }: Props) {
  const { t } = useTranslation();
  const [identifier, setIdentifier] = useState(reconnect?.handle ?? '');
  const [appPassword, setAppPassword] = useState('');
  // A self-hosted PDS is filled in again; Bluesky's own PDS hosts (*.bsky.network) are reached through the default.
  const ownPds = reconnect?.serviceUrl && !/\.bsky\.network$/i.test(new URL(reconnect.serviceUrl).hostname) ? reconnect.serviceUrl : '';
  const [service, setService] = useState(ownPds);
  const [done, setDone] = useState<string | null>(null);
  const { busy, errors, handleSubmit } = useSubmit(FIELDS, { credentials: 'appPassword' });
  const onSubmit = handleSubmit(async () => {
    setDone(null);
    const channel = await api.connectBluesky(workspaceId, {
      identifier: identifier.trim(),
      appPassword: appPassword.trim(),
      ...(service.trim() ? { service: service.trim() } : {}),
    });
    setDone(channel.handle);
    setIdentifier('');
    setAppPassword('');
    onConnected(channel);
  });

  return (
    <ConnectForm
      network="bluesky"
      title={t('channels.bluesky.title')}
      reconnect={reconnect}
      intro={
        <>
          {reconnect ? <p className="muted">{t('channels.reconnect.blueskyIntro')}</p> : null}
          <p className="muted">{t('channels.bluesky.intro')}</p>
        </>
      }
      error={errors.general}
      done={done}
      onSubmit={onSubmit}
      busy={busy}
      disabled={busy || !identifier || !appPassword}
      submitLabel={reconnect ? t('channels.reconnect.submit') : t('channels.bluesky.submit')}
      onCancel={onCancel}
    >
      <TextField label={t('channels.bluesky.identifier')} hint={t('channels.bluesky.identifierHint')} error={errors.byField.identifier} name="identifier"
        autoComplete="off" value={identifier} onValue={setIdentifier} />
      <TokenField label={t('channels.bluesky.appPassword')} hint={t('channels.bluesky.appPasswordHint')} error={errors.byField.appPassword} name="appPassword"
        autoFocus={reconnect !== undefined} value={appPassword} onValue={setAppPassword} />
      <TextField label={t('channels.bluesky.service')} hint={t('channels.bluesky.serviceHint')} error={errors.byField.service} name="service" type="url"
        placeholder="https://bsky.social" value={service} onValue={setService} />
    </ConnectForm>
  );
}
