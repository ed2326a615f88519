/**
 * Connects a Facebook Page, Instagram account, Threads profile, X account, LinkedIn member or page, YouTube channel,
 * TikTok, Pinterest or Snapchat account: "Connect with <network>" when the network's app is set up for this workspace (the network sends the browser back to the
 * channels page, or to the account picker when the sign-in reached several accounts), or an access token pasted by
 * an admin who already holds one. Given `reconnect`, it is that account's form.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../api';
import { oauthApi, type TokenNetwork } from '../../api-oauth';
import { useSubmit } from '../../lib/useSubmit';
import { TextField } from '../../components/Field';
import { TokenField } from '../../components/CredentialFields';
import { ConnectForm, leaveForSignIn } from './ConnectForm';
import { NO_COMMENTS_API } from './ChannelRow';
import { NetworkLogo } from '../../components/NetworkLogo';
import { Link } from '../../router';
import { appOf } from '../../api-network-apps';

const FIELDS = ['accessToken', 'accountId'] as const;

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
  /** The network's sign-in is set up for this workspace (by the server or the workspace's own app). */
  oauth: boolean;
  /** The person is an owner: the checklist links to the network apps page instead of asking an owner. */
  owner: boolean;
  onConnected(channel: Channel): void;
  reconnect?: Channel;
  onCancel?(): void;
}

export function ConnectNetwork({ workspaceId, network, oauth, owner, onConnected, reconnect, onCancel }: Props) {
  const { t } = useTranslation();
  const name = t(`networks.${network}`);
  const [accessToken, setAccessToken] = useState('');
  const [accountId, setAccountId] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, running, errors, submit, handleSubmit } = useSubmit(FIELDS, { credentials: 'accessToken' });

  const signIn = () => leaveForSignIn(submit, () => oauthApi.start(workspaceId, network));
  const onSubmit = handleSubmit(
    async () => {
      setDone(null);
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

  // Without sign-in, the checklist says who sets it up; owners are then told to paste a token meanwhile.
  const intro = reconnect
    ? t('channels.token.reconnectIntro', { network: name })
    : oauth
      ? t('channels.token.introOAuth', { network: name })
      : owner
        ? t('channels.token.introTokenOnly')
        : null;

  return (
    <ConnectForm
      network={network}
      title={t('channels.token.title', { network: name })}
      reconnect={reconnect}
      intro={
        <>
          {!oauth && !reconnect ? <SetUpChecklist network={network} owner={owner} /> : null}
          {intro ? <p className="muted">{intro}</p> : null}
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
          <button type="button" className="button button--secondary button--with-logo" disabled={busy} onClick={signIn} data-testid={`oauth-${network}`}>
            <NetworkLogo network={network} size={18} />
            {running === 'oauth' ? t('common.working') : t('channels.token.oauth', { network: name })}
          </button>
          <p className="divider">
            <span>{t('channels.token.or')}</span>
          </p>
        </>
      ) : null}
      <TokenField label={t('channels.token.accessToken')} error={errors.byField.accessToken} name="accessToken" value={accessToken} onValue={setAccessToken} />
      {NAMES_ACCOUNT[network] ? (
        <TextField label={t('channels.token.accountId')} hint={t(`channels.token.accountHint.${network}`)} error={errors.byField.accountId} name="accountId"
          autoComplete="off" value={accountId} onValue={setAccountId} />
      ) : null}
    </ConnectForm>
  );
}

/**
 * What it takes to connect by sign-in, for a network whose app is not set up: owners get the steps and a link to the
 * network apps page; everyone else, who to ask.
 */
function SetUpChecklist({ network, owner }: { network: TokenNetwork; owner: boolean }) {
  const { t } = useTranslation();
  const app = t(`networkApps.appName.${appOf(network) ?? network}`);
  if (!owner) return <p className="muted" data-testid={`ask-owner-${network}`}>{t('channels.setUp.askOwner', { app })}</p>;
  return (
    <div className="setup-checklist" data-testid={`setup-${network}`}>
      <p className="muted">{t('channels.setUp.title', { app })}</p>
      <ol className="checklist">
        <li>{t('channels.setUp.create', { app })}</li>
        <li>{t('channels.setUp.callback')}</li>
        <li>{t('channels.setUp.paste')}</li>
      </ol>
      <Link to="/workspace/networks">{t('channels.setUp.link', { app })}</Link>
    </div>
  );
}
