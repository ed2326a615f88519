/**
 * The inbox's filters: order, status, network, channel, kind, sentiment, language, assignee, tag and dates; they
 * combine. A campaign filter will join this bar when the server offers one.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../lib/dates';
import type { Inbox, InboxFilters } from './useInbox';

/** A date input's day as the instant its local midnight starts, `days` later ("to" a day means before the next one). */
function dayStart(value: string, days = 0): string | undefined {
  if (!value) return undefined;
  const day = new Date(`${value}T00:00`);
  return Number.isNaN(day.getTime()) ? undefined : addDays(day, days).toISOString();
}

const KINDS = ['reply', 'mention', 'quote', 'direct_message', 'listening'] as const;
const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
const LANGUAGES = ['en', 'fr', 'unknown'] as const;
const STATUSES = ['open', 'assigned', 'done'] as const;

export function InboxFilterBar({ inbox }: { inbox: Inbox }) {
  const { t } = useTranslation();
  const { filters, setFilters } = inbox;
  const [tag, setTag] = useState(filters.tag ?? '');
  const set = (change: Partial<InboxFilters>) => {
    const next: Record<string, unknown> = { ...filters, ...change };
    for (const key of Object.keys(next)) if (next[key] === '' || next[key] === undefined) delete next[key];
    setFilters(next as InboxFilters);
  };
  const networks = [...new Set(inbox.channels.map((c) => c.network))].sort();
  return (
    <form className="inbox__filters" aria-label={t('inbox.filters.label')} onSubmit={(e) => (e.preventDefault(), set({ tag: tag.trim() }))}>
      <label>
        {t('inbox.filters.order')}
        <select value={filters.order ?? 'newest'} onChange={(e) => set({ order: e.target.value as InboxFilters['order'] })} data-testid="inbox-order">
          <option value="newest">{t('inbox.order.newest')}</option>
          <option value="oldest_open">{t('inbox.order.oldest_open')}</option>
        </select>
      </label>
      <label>
        {t('inbox.filters.status')}
        <select value={filters.status ?? ''} onChange={(e) => set({ status: e.target.value as InboxFilters['status'] })} data-testid="inbox-status">
          <option value="">{t('inbox.filters.any')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`inbox.status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('inbox.filters.network')}
        <select value={filters.network ?? ''} onChange={(e) => set({ network: e.target.value })}>
          <option value="">{t('inbox.filters.any')}</option>
          {networks.map((n) => (
            <option key={n} value={n}>
              {t(`networks.${n}`, { defaultValue: n })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('inbox.filters.channel')}
        <select value={filters.channelId ?? ''} onChange={(e) => set({ channelId: e.target.value })}>
          <option value="">{t('inbox.filters.any')}</option>
          {inbox.channels.map((c) => (
            <option key={c.id} value={c.id}>
              {c.handle}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('inbox.filters.kind')}
        <select value={filters.kind ?? ''} onChange={(e) => set({ kind: e.target.value as InboxFilters['kind'] })}>
          <option value="">{t('inbox.filters.any')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`inbox.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('inbox.filters.sentiment')}
        <select value={filters.sentiment ?? ''} onChange={(e) => set({ sentiment: e.target.value as InboxFilters['sentiment'] })} data-testid="inbox-sentiment">
          <option value="">{t('inbox.filters.any')}</option>
          {SENTIMENTS.map((s) => (
            <option key={s} value={s}>
              {t(`inbox.sentiment.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('inbox.filters.language')}
        <select value={filters.language ?? ''} onChange={(e) => set({ language: e.target.value as InboxFilters['language'] })}>
          <option value="">{t('inbox.filters.any')}</option>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`inbox.language.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('inbox.filters.assignee')}
        <select value={filters.assigneeId ?? ''} onChange={(e) => set({ assigneeId: e.target.value })} data-testid="inbox-assignee-filter">
          <option value="">{t('inbox.filters.anyone')}</option>
          <option value="me">{t('inbox.filters.me')}</option>
          {inbox.members.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name || m.email}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('inbox.filters.tag')}
        <input value={tag} onChange={(e) => setTag(e.target.value)} onBlur={() => set({ tag: tag.trim() })} maxLength={40} data-testid="inbox-tag-filter" />
      </label>
      <label>
        {t('inbox.filters.from')}
        <input type="date" onChange={(e) => set({ from: dayStart(e.target.value) })} />
      </label>
      <label>
        {t('inbox.filters.to')}
        <input type="date" onChange={(e) => set({ to: dayStart(e.target.value, 1) })} />
      </label>
    </form>
  );
}
