/**
 * The bell in the top bar: how many of the signed-in person's notifications in this workspace are unread, and a
 * panel listing them (unread first). Opening one marks it read and goes to what it is about; it looks again every
 * minute, and whenever the panel opens.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { collabApi, type AppNotification } from '../api-collab';
import { useApiQuery } from '../api/queries';
import { navigate } from '../router';

const REFRESH_MS = 60_000;

export function NotificationBell({ workspaceId }: { workspaceId: string }) {
  const { t, i18n } = useTranslation();
  const list = useApiQuery(['notifications', workspaceId], () => collabApi.notifications(workspaceId));
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const { reload } = list;
  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (panel.current && !panel.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const unread = list.data?.unread ?? 0;
  const format = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));

  async function follow(n: AppNotification) {
    setOpen(false);
    if (!n.read) await collabApi.markRead(workspaceId, [n.id]).catch(() => undefined);
    reload();
    if (n.targetType === 'post') navigate(`/posts/${n.targetId}`);
  }

  async function readAll() {
    await collabApi.markRead(workspaceId).catch(() => undefined);
    reload();
  }

  return (
    <div className="bell" ref={panel} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        className="button button--ghost bell__button"
        aria-expanded={open}
        aria-controls="notifications-panel"
        onClick={() => {
          if (!open) reload();
          setOpen(!open);
        }}
        data-testid="notification-bell"
      >
        {/* Drawn, not an emoji: machines without an emoji font would show an empty box. */}
        <svg className="bell__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" fill="currentColor" />
        </svg>
        <span className="visually-hidden">{t('collab.bell.label', { count: unread })}</span>
        {unread > 0 ? (
          <span className="nav__count" aria-hidden="true" data-testid="notification-count">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <div id="notifications-panel" className="bell__panel card" data-testid="notifications-panel">
          <div className="bell__head">
            <strong>{t('collab.bell.title')}</strong>
            {unread > 0 ? (
              <button type="button" className="button button--ghost button--small" onClick={() => void readAll()}>
                {t('collab.bell.readAll')}
              </button>
            ) : null}
          </div>
          {list.data && list.data.notifications.length === 0 ? <p className="muted">{t('collab.bell.empty')}</p> : null}
          <ul className="bell__list">
            {(list.data?.notifications ?? []).map((n) => (
              <li key={n.id} className={n.read ? 'bell__item' : 'bell__item bell__item--unread'}>
                <button type="button" onClick={() => void follow(n)} data-testid="notification">
                  <span>{describe(t, n)}</span>
                  <span className="muted bell__when">{format(n.createdAt)}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** The sentence for a notification; kinds this version does not know get a plain one. */
function describe(t: (key: string, options?: Record<string, string | number>) => string, n: AppNotification): string {
  const who = n.actor ? n.actor.name || n.actor.email : t('collab.someone');
  if (n.kind === 'post.note.mention') {
    const excerpt = typeof n.data.excerpt === 'string' ? n.data.excerpt : '';
    return t('collab.bell.mention', { who, excerpt });
  }
  if (n.kind === 'post.client_decision') {
    const client = typeof n.data.name === 'string' && n.data.name ? n.data.name : t('collab.bell.client');
    if (n.data.decision === 'approved') return t('collab.bell.clientApproved', { who: client });
    // A post already scheduled was taken off the schedule with the decision; what had gone out stays.
    if (n.data.takenOffSchedule !== true) return t('collab.bell.clientChanges', { who: client });
    const sent = typeof n.data.alreadySent === 'number' ? n.data.alreadySent : 0;
    return sent > 0 ? t('collab.bell.clientChangesHeldPartly', { who: client, count: sent }) : t('collab.bell.clientChangesHeld', { who: client });
  }
  return t('collab.bell.other', { who });
}
