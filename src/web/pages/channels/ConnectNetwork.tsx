/**
 * Connects a Facebook Page, Instagram account, Threads profile, X account or LinkedIn member or page: "Connect with
 * <network>" when this server has the network's sign-in configured (the network sends the browser back to the
 * channels page, or to the account picker when the sign-in reached several accounts), or an access token pasted by
 * an admin who already holds one. Given `reconnect`, it is that account's form.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../api';
import { oauthApi, type TokenNetwork } from '../../api-oauth';
import { useSubmit } from '../../lib/useSubmit';
import { Field } from '../../components/Field';
import { ConnectForm } from './ConnectForm';
import { NO_COMMENTS_API } from './ChannelRow';

const FIELDS = ['accessToken', 'accountId'] as const;

/** Where each network's sign-in is configured (Instagram signs in through the Facebook app). */
const APP_ENV: Record<TokenNetwork, string> = {
  facebook: 'FACEBOOK',
  instagram: 'FACEBOOK',
  threads: 'THREADS',
  x: 'X',
  linkedin: 'LINKEDIN',
  youtube: 'YOUTUBE',
  tiktok: 'TIKTOK',
  pinterest: 'PINTEREST',
  snapchat: 'SNAPCHAT',
};

/** Networks where one token can reach several accounts, so the account is named. */
const NAMES_ACCOUNT: Record<TokenNetwork, boolean> = {
  facebook: true,
  instagram: true,
  threads: false,
  x: false,
  linkedin: true,
  youtube: false,
  tiktok: false,
  pinterest: false,
  snapchat: true,
};

interface Props {
  workspaceId: string;
  network: TokenNetwork;
  /** This server has the network's sign-in configured. */
  oauth: boolean;
  onConnected(channel: Channel): void;
  reconnect?: Channel;
  onCancel?(): void;
}

export function ConnectNetwork({ workspaceId, network, oauth, onConnected, reconnect, onCancel }: Props) {
  const { t } = useTranslation();
  const name = t(`networks.${network}`);
  const [accessToken, setAccessToken] = useState('');
  const [accountId, setAccountId] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, running, errors, submit } = useSubmit(FIELDS, { credentials: 'accessToken' });

  function signIn() {
    void submit(
      async () => {
        const { authorizeUrl } = await oauthApi.start(workspaceId, network);
        window.location.assign(authorizeUrl);
      },
      { action: 'oauth', leaves: true },
    );
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    void submit(
      async () => {
        const channel = await oauthApi.connectWithToken(workspaceId, network, {
          accessToken: accessToken.trim(),
          ...(accountId.trim() ? { accountId: accountId.trim() } : {}),
        });
        setDone(channel.handle);
        setAccessToken('');
        setAccountId('');
        onConnected(channel);
      },
      { action: 'token' },
    );
  }

  const intro = reconnect
    ? t('channels.token.reconnectIntro', { network: name })
    : oauth
      ? t('channels.token.introOAuth', { network: name })
      : t('channels.token.introTokenOnly', { network: name, env: APP_ENV[network] });

  return (
    <ConnectForm
      network={network}
      title={t('channels.token.title', { network: name })}
      reconnect={reconnect}
      intro={
        <>
          <p className="muted">{intro}</p>
          {NO_COMMENTS_API.has(network) ? <p className="muted">{t(`channels.noComments.${network}`)}</p> : null}
        </>
      }
      error={errors.general}
      done={done}
      onSubmit={onSubmit}
      busy={running === 'token'}
      disabled={busy || !accessToken.trim()}
      submitLabel={t('channels.token.submit')}
      onCancel={onCancel}
    >
      {oauth ? (
        <>
          <button type="button" className="button button--secondary" disabled={busy} onClick={signIn} data-testid={`oauth-${network}`}>
            {running === 'oauth' ? t('common.working') : t('channels.token.oauth', { network: name })}
          </button>
          <p className="divider">
            <span>{t('channels.token.or')}</span>
          </p>
        </>
      ) : null}
      <Field label={t('channels.token.accessToken')} error={errors.byField.accessToken}>
        <input name="accessToken" type="password" autoComplete="off" value={accessToken} onChange={(e) => setAccessToken(e.target.value)} />
      </Field>
      {NAMES_ACCOUNT[network] ? (
        <Field label={t('channels.token.accountId')} hint={t(`channels.token.accountHint.${network}`)} error={errors.byField.accountId}>
          <input name="accountId" autoComplete="off" value={accountId} onChange={(e) => setAccountId(e.target.value)} />
        </Field>
      ) : null}
    </ConnectForm>
  );
}
