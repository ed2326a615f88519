/**
 * Connects a Mastodon account: either "Sign in with Mastodon" (OAuth on the person's instance, which comes back to
 * `/#/channels?connected=<id>`), or an access token made under Preferences → Development. Given `reconnect`, it
 * is that account's form, with its instance filled in.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Channel } from '../../api';
import { useSubmit } from '../../lib/useSubmit';
import { TextField } from '../../components/Field';
import { TokenField } from '../../components/CredentialFields';
import { ConnectForm, leaveForSignIn } from './ConnectForm';

const FIELDS = ['instanceUrl', 'accessToken'] as const;

/** People type `mastodon.social`; the API wants a URL. */
function normaliseInstance(value: string): string {
  const trimmed = value.trim().replace(/\/+$/, '');
  return trimmed && !/^https?:\/\//i.test(trimmed) ? `https://${trimmed}` : trimmed;
}

/** A Mastodon handle is `user@instance.host`: the instance to sign in on again. */
function instanceOf(handle: string): string {
  const host = handle.split('@').filter(Boolean).pop();
  return host && host.includes('.') ? `https://${host}` : '';
}

interface Props {
  workspaceId: string;
  onConnected(channel: Channel): void;
  /** The account to reconnect, when its credentials stopped working. */
  reconnect?: Channel;
  onCancel?(): void;
}

export function ConnectMastodon({ workspaceId, onConnected, reconnect, onCancel }: Props) {
  const { t } = useTranslation();
  const [instanceUrl, setInstanceUrl] = useState(() => (reconnect ? instanceOf(reconnect.handle) : ''));
  const [accessToken, setAccessToken] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, running, errors, submit, handleSubmit } = useSubmit(FIELDS, { credentials: 'accessToken' });

  const signIn = () => leaveForSignIn(submit, () => api.startMastodonOAuth(workspaceId, normaliseInstance(instanceUrl)));
  const onSubmit = handleSubmit(
    async () => {
      setDone(null);
      const channel = await api.connectMastodon(workspaceId, { instanceUrl: normaliseInstance(instanceUrl), accessToken: accessToken.trim() });
      setDone(channel.handle);
      setAccessToken('');
      onConnected(channel);
    },
    { action: 'token' },
  );

  return (
    <ConnectForm
      network="mastodon"
      title={t('channels.mastodon.title')}
      reconnect={reconnect}
      intro={<p className="muted">{reconnect ? t('channels.reconnect.mastodonIntro') : t('channels.mastodon.intro')}</p>}
      error={errors.general}
      done={done}
      onSubmit={onSubmit}
      busy={running === 'token'}
      disabled={busy || !instanceUrl || !accessToken}
      submitLabel={t('channels.mastodon.submit')}
      onCancel={onCancel}
    >
      <TextField label={t('channels.mastodon.instanceUrl')} hint={t('channels.mastodon.instanceHint')} error={errors.byField.instanceUrl} name="instanceUrl"
        type="url" inputMode="url" placeholder="https://mastodon.social" value={instanceUrl} onValue={setInstanceUrl} />
      <button type="button" className="button button--secondary" disabled={busy || !instanceUrl} onClick={signIn}>
        {running === 'oauth' ? t('common.working') : t('channels.mastodon.oauth')}
      </button>
      <p className="divider">
        <span>{t('channels.mastodon.or')}</span>
      </p>
      <TokenField label={t('channels.mastodon.accessToken')} hint={t('channels.mastodon.accessTokenHint')} error={errors.byField.accessToken} name="accessToken"
        value={accessToken} onValue={setAccessToken} />
    </ConnectForm>
  );
}
