/**
 * The best times of a chosen channel: its week as a weekday × hour heat map (expected engagement, on the audience's
 * clock) and the sentence saying which time is best and from how many past posts. With several channels chosen,
 * a select picks which one is shown; each channel still gets its own best free hour when the post is saved.
 */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../api';
import { queueApi } from '../../api-queue';
import { useApiQuery } from '../../api/queries';
import { errorText } from '../../lib/errors';
import { bestSlot, heatmapOption, hourTime, slotName } from '../../lib/weekSlots';

// ECharts loads with the first chart shown, in its own chunk, as on the other pages.
const Chart = lazy(() => import('../../components/Chart').then((m) => ({ default: m.Chart })));

interface Props {
  workspaceId: string;
  channels: Channel[];
}

export function BestTimePanel({ workspaceId, channels }: Props) {
  const { t, i18n } = useTranslation();
  const [picked, setPicked] = useState<string | null>(null);
  const channel = channels.find((c) => c.id === picked) ?? channels[0];
  const best = useApiQuery(['best-times', workspaceId, channel?.id ?? null], () =>
    channel ? queueApi.bestTimes(workspaceId, channel.id) : Promise.resolve(null),
  );
  if (!channel) return <p className="muted">{t('composer.bestTime.pickChannel')}</p>;
  const top = best.data ? bestSlot(best.data.slots) : null;
  return (
    <div className="best-time" data-testid="best-time-panel">
      {channels.length > 1 ? (
        <label className="field">
          <span className="field__label">{t('composer.bestTime.channel')}</span>
          <select value={channel.id} onChange={(e) => setPicked(e.target.value)}>
            {channels.map((c) => (
              <option key={c.id} value={c.id}>
                {c.handle} ({t(`networks.${c.network}`, { defaultValue: c.network })})
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {best.error ? (
        <p className="field__error" role="alert">
          {errorText(best.error)}
        </p>
      ) : null}
      {best.data && top ? (
        <>
          <p data-testid="best-time-reason">
            {top.posts > 0
              ? t('composer.bestTime.reason', { slot: slotName({ weekday: top.weekday, time: hourTime(top.hour) }, i18n.language), count: top.posts })
              : t('composer.bestTime.reasonPrior', { slot: slotName({ weekday: top.weekday, time: hourTime(top.hour) }, i18n.language) })}
          </p>
          <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
            <Chart
              option={heatmapOption(best.data.slots, i18n.language, t('composer.bestTime.score'))}
              height={260}
              label={t('composer.bestTime.chartLabel', { channel: channel.handle, zone: best.data.timeZone })}
              testId="best-time-heatmap"
            />
          </Suspense>
          <p className="muted">{t('composer.bestTime.zone', { zone: best.data.timeZone })}</p>
        </>
      ) : null}
    </div>
  );
}
