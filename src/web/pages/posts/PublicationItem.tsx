/**
 * Where a post goes, one account: its status, when it went (or goes) out and why then when Chorus chose the time
 * (its queue, its best time), the link to it once published, and what went wrong. A publication held because its
 * account needs reconnecting says so in the held colour, with the way to reconnect it.
 */
import { useTranslation } from 'react-i18next';
import type { Channel, Publication } from '../../api';
import { Link } from '../../router';
import { useSession } from '../../session';
import { can } from '../../lib/roles';
import { slotName } from '../../lib/weekSlots';
import { reconnectPath } from '../../lib/channelHealth';
import { StatusBadge } from '../../components/StatusBadge';
import { ChannelLabel, NetworkName } from '../../components/ChannelLabel';

/** The publisher writes "Held until @x is reconnected: <what the network said>" in English; the start is ours. */
function heldText(error: string, t: (key: string, values: Record<string, string>) => string): string {
  const match = /^Held until (.+?) is reconnected: (.*)$/s.exec(error);
  return match ? t('post.heldError', { handle: match[1]!, reason: match[2]! }) : error;
}

interface Props {
  publication: Publication;
  postText: string;
  channel: Channel | undefined;
  format(iso: string | null): string | null;
}

export function PublicationItem({ publication: p, postText, channel, format }: Props) {
  const { t, i18n } = useTranslation();
  const { workspace } = useSession();
  const held = p.status === 'held';
  const reconnectable = held && channel?.status === 'needs_reconnect';
  return (
    <li className={`card publication${held ? ' publication--held' : ''}`} data-testid="publication">
      <div className="publication__head">
        {channel ? <ChannelLabel channel={channel} /> : <NetworkName network={p.network} />}
        <StatusBadge status={p.status} />
      </div>
      {p.text !== postText ? <p className="post-text post-text--small">{p.text}</p> : null}
      <p className="muted">
        {p.publishedAt
          ? t('post.publishedAt', { date: format(p.publishedAt) })
          : p.scheduledAt
            ? t('post.scheduledFor', { date: format(p.scheduledAt) })
            : null}
      </p>
      {p.dueReason && !p.publishedAt ? (
        <p className="muted" data-testid="publication-due-reason">
          {t(`composer.dueReason.${p.dueReason.kind}`, {
            slot: slotName(p.dueReason.slot, i18n.language),
            zone: p.dueReason.timeZone,
            score: p.dueReason.score ?? 1,
          })}
        </p>
      ) : null}
      {p.error ? (
        <p className={held ? 'publication__held' : 'field__error'} role={held ? 'status' : 'alert'} data-testid="publication-error">
          {held ? heldText(p.error, t) : p.error}
        </p>
      ) : null}
      {reconnectable ? (
        <p className="publication__next">
          {t('post.heldUntilReconnected')}{' '}
          {workspace && can.connectChannels(workspace.role) ? (
            <Link to={reconnectPath(channel)} className="button button--attention button--small">
              {t('reconnect.action')}
            </Link>
          ) : (
            t('reconnect.askAdmin')
          )}
        </p>
      ) : null}
      {p.externalUrl ? (
        <a href={p.externalUrl} target="_blank" rel="noreferrer noopener" className="button button--secondary button--small">
          {t('post.viewOn', { network: t(`networks.${p.network}`, { defaultValue: p.network }) })}
        </a>
      ) : null}
    </li>
  );
}
