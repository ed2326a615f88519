/**
 * One segment's tab: its text and landing page, the server's objections to them, when it goes out on the segment's
 * clock (and what that is on the person's), how each chosen channel reaches the segment (GET …/segments/{id}: the
 * network's own targeting with the countries it resolves to now, or its own publication at that local time), and
 * the preview per channel.
 */
import { useTranslation } from 'react-i18next';
import i18n from '../../i18n';
import { segmentsApi, type ChannelReach, type SegmentDetail } from '../../api-segments';
import { useApiQuery } from '../../api/queries';
import { errorText } from '../../lib/errors';
import { localInputToUtcIso, userTimeZone } from '../../lib/dates';
import { countryName } from '../segments/conditions';
import { PostPreview } from './PostPreview';
import { clockIn, segmentViolations, textWithUrl, zonedToUtc, type SegmentTab } from './segmentTabs';
import { violationText } from './violations';
import type { Composer } from './useComposer';

const COUNTRIES_SHOWN = 6;

interface Props {
  composer: Composer;
  tab: SegmentTab;
  name: string;
  onRemoved(): void;
}

export function SegmentPanel({ composer: c, tab, name, onRemoved }: Props) {
  const { t } = useTranslation();
  const detail = useApiQuery(['segment', c.workspace.id, tab.segmentId], () => segmentsApi.get(c.workspace.id, tab.segmentId));
  const zone = detail.data?.resolved.timeZone;
  const text = textWithUrl(tab.text ?? c.text, tab.url);
  const problems = segmentViolations(c.violations, tab.segmentId);
  const error = c.segments.isAbout(c.submitError, tab.segmentId, zone) ? errorText(c.submitError) : null;
  const when = zone ? dueIn(c, zone) : null;
  const id = (part: string) => `segment-${part}-${tab.segmentId}`;

  return (
    <div className="tab-panel" role="tabpanel" id={`segment-panel-${tab.segmentId}`} aria-labelledby={`segment-tab-${tab.segmentId}`} data-testid="segment-panel">
      <div className="tab-panel__editor">
        <div className="field">
          <label htmlFor={id('text')}>{t('composer.segments.textFor', { name })}</label>
          <textarea
            id={id('text')}
            rows={5}
            value={tab.text ?? c.text}
            onChange={(e) => c.segments.change(tab.segmentId, { text: e.target.value })}
            aria-invalid={problems.length > 0 || undefined}
            data-testid="segment-text"
          />
          <div className="field__row">
            <span className="muted">{tab.text === null ? t('composer.segments.shared') : t('composer.segments.custom')}</span>
            {tab.text !== null ? (
              <button type="button" className="link-button" onClick={() => c.segments.change(tab.segmentId, { text: null })}>
                {t('composer.useShared')}
              </button>
            ) : null}
          </div>
        </div>
        <div className="field">
          <label htmlFor={id('url')}>{t('composer.segments.url')}</label>
          <input id={id('url')} type="url" value={tab.url} onChange={(e) => c.segments.change(tab.segmentId, { url: e.target.value })} data-testid="segment-url" />
          <p className="muted field__hint">{t('composer.segments.urlHint')}</p>
        </div>
        {[...problems.map((v) => `${t(`networks.${v.network}`, { defaultValue: v.network })}: ${violationText(v)}`), ...(error ? [error] : [])].map((m) => (
          <p key={m} className="field__error" role="alert">
            {m}
          </p>
        ))}
        {when ? (
          <p className="segment-tabs__when" data-testid="segment-when">
            {when}
          </p>
        ) : null}
        {detail.error ? <p className="field__error">{errorText(detail.error)}</p> : null}
        {detail.data ? <Reach detail={detail.data} channelIds={c.channelIds} time={dueClock(c, detail.data.resolved.timeZone)} /> : null}
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => {
            c.segments.remove(tab.segmentId);
            onRemoved();
          }}
          data-testid="segment-remove"
        >
          {t('composer.segments.remove', { name })}
        </button>
      </div>
      <div className="tab-panel__previews">
        <h3 className="visually-hidden">{t('composer.preview')}</h3>
        {c.chosen.map((channel) => (
          <PostPreview key={channel.id} channel={channel} text={text} media={c.media} limits={channel.limits} testId={`segment-preview-${channel.network}`} />
        ))}
      </div>
    </div>
  );
}

/** `HH:MM` on the segment's clock when its publications are due; null when publishing now or without a time. */
function dueClock(c: Composer, zone: string): string | null {
  if (c.mode !== 'schedule') return null;
  if (c.scheduledLocal) return c.scheduledLocal.time;
  const at = localInputToUtcIso(c.local);
  return at ? clockIn(new Date(at), zone) : null;
}

/** "12:00 in Asia/Singapore = 05:00 your time" on local clocks, "05:00 in Asia/Singapore" for one instant. */
function dueIn(c: Composer, zone: string): string | null {
  const t = i18n.t;
  const time = dueClock(c, zone);
  if (!time) return c.mode === 'now' ? t('composer.segments.dueNow') : null;
  if (!c.scheduledLocal) return t('composer.segments.dueAt', { time, zone });
  const instant = zonedToUtc(c.scheduledLocal.date, c.scheduledLocal.time, zone);
  return instant ? t('composer.segments.dueLocal', { time, zone, yours: clockIn(instant, userTimeZone()) }) : null;
}

function Reach({ detail, channelIds, time }: { detail: SegmentDetail; channelIds: string[]; time: string | null }) {
  const { t } = useTranslation();
  const reaches = detail.channels.filter((r) => channelIds.includes(r.channelId));
  if (reaches.length === 0) return null;
  return (
    <div className="segment-tabs__reach">
      <h4>{t('composer.segments.reach')}</h4>
      <ul>
        {reaches.map((r) => (
          <li key={r.channelId} data-testid="segment-reach" data-network={r.network}>
            <strong>{t(`networks.${r.network}`, { defaultValue: r.network })}</strong> <span className="muted">{r.handle}</span>: {reachText(r, detail, time)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function reachText(r: ChannelReach, detail: SegmentDetail, time: string | null): string {
  const t = i18n.t;
  const zone = detail.resolved.timeZone;
  if (r.why === 'native') {
    const countries = detail.resolved.audience.countries;
    if (!countries) return t('composer.segments.native');
    const shown = countries.slice(0, COUNTRIES_SHOWN).map((code) => countryName(code, i18n.language));
    const more = countries.length - shown.length;
    return t('composer.segments.nativeTo', { countries: shown.join(', ') + (more > 0 ? ` ${t('composer.segments.more', { count: more })}` : '') });
  }
  if (r.why === 'native_refused') return t('composer.segments.refused', { zone });
  return time ? t('composer.segments.ownAt', { time, zone }) : t('composer.segments.own', { zone });
}
