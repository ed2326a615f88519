/**
 * The notices at the top of the channels page, from the address: an account connected or reconnected (by sign-in or
 * by token), several connected from the picker, a sign-in that failed (`oauthError=<code>&message=…`, or Mastodon's
 * `error=<message>`), and a list or removal that failed.
 */
import { useTranslation } from 'react-i18next';
import { navigate } from '../../router';
import { errorText } from '../../lib/errors';
import { Notice } from '../../components/Field';
import type { ChannelsPageData } from './useChannelsPage';

export function ChannelsNotices({ page }: { page: ChannelsPageData }) {
  const { t } = useTranslation();
  const { query, channels } = page;
  const connectedId = query.get('connected');
  const reconnectedId = query.get('reconnected');
  const oauthError = query.get('error');
  const networkError = query.get('oauthError');
  const connectedCount = query.get('connectedCount');
  const connected = channels?.find((c) => c.id === connectedId);
  const reconnected = channels?.find((c) => c.id === reconnectedId);

  const dismiss = (
    <button type="button" className="link-button" onClick={() => navigate('/channels')}>
      {t('common.dismiss')}
    </button>
  );

  return (
    <>
      {connectedId ? (
        <Notice kind="success">
          {connected ? t('channels.connectedNamed', { handle: connected.handle }) : t('channels.connected')} {dismiss}
        </Notice>
      ) : null}
      {reconnectedId ? (
        <Notice kind="success">
          {t('channels.reconnected', { handle: reconnected?.handle ?? '' })} {dismiss}
        </Notice>
      ) : null}
      {connectedCount ? (
        <Notice kind="success">
          {t('channels.connectedCount', { count: Number(connectedCount) })} {dismiss}
        </Notice>
      ) : null}
      {networkError ? (
        <Notice kind="error">
          {t(`channels.oauthErrors.${networkError}`, {
            defaultValue: t('channels.oauthErrors.oauth_failed'),
            network: t(`networks.${query.get('network') ?? ''}`, { defaultValue: t('channels.theNetwork') }),
          })}{' '}
          {query.get('message') ? <span className="muted">({query.get('message')})</span> : null} {dismiss}
        </Notice>
      ) : null}
      {oauthError ? (
        <Notice kind="error">
          {t('channels.oauthFailed', { message: oauthError })} {dismiss}
        </Notice>
      ) : null}
      {page.loadError ? <Notice kind="error">{errorText(page.loadError)}</Notice> : null}
      {page.removeError ? <Notice kind="error">{errorText(page.removeError)}</Notice> : null}
    </>
  );
}
