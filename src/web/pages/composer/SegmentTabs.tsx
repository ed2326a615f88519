/**
 * Variants per audience segment, beside the network tabs: "+ Segment" opens a tab for one of the workspace's
 * segments; its tab edits that segment's text and landing page, previews it per channel, and says how it reaches those
 * people on each channel and when. Removing the tab removes the variant.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SegmentPanel } from './SegmentPanel';
import type { Composer } from './useComposer';
import './segment-tabs.css';

export function SegmentTabs({ composer: c }: { composer: Composer }) {
  const { t } = useTranslation();
  const { segments } = c;
  const [chosen, setChosen] = useState<string | null>(null);
  const all = segments.segments.data?.segments ?? [];
  // A tab whose segment was deleted stays: the server's unknown_segment then shows on it.
  const open = segments.tabs;
  const active = open.find((tab) => tab.segmentId === chosen) ?? open[0];
  const addable = all.filter((s) => !segments.tabs.some((tab) => tab.segmentId === s.id));
  const hasProblem = (segmentId: string) =>
    c.violations.some((v) => v.segmentId === segmentId) || segments.isAbout(c.submitError, segmentId);

  return (
    <section className="network-tabs segment-tabs" data-testid="segment-tabs">
      <div className="tabs" role="tablist" aria-label={t('composer.segments.title')}>
        {open.map((tab) => (
          <button
            key={tab.segmentId}
            type="button"
            role="tab"
            id={`segment-tab-${tab.segmentId}`}
            aria-selected={tab === active}
            aria-controls={`segment-panel-${tab.segmentId}`}
            className={`tab${hasProblem(tab.segmentId) ? ' tab--problem' : ''}`}
            onClick={() => setChosen(tab.segmentId)}
            data-testid="segment-tab"
          >
            {t('composer.segments.tab', { name: segments.names.get(tab.segmentId) ?? t('composer.segments.gone') })}
          </button>
        ))}
        <label className="segment-tabs__add">
          <span className="visually-hidden">{t('composer.segments.add')}</span>
          <select
            value=""
            onChange={(e) => {
              if (!e.target.value) return;
              segments.add(e.target.value);
              setChosen(e.target.value);
            }}
            data-testid="segment-add"
            disabled={addable.length === 0}
          >
            <option value="">{t('composer.segments.add')}</option>
            {addable.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <a className="segment-tabs__create" href="#/segments">
          {t('composer.segments.create')}
        </a>
      </div>
      {active ? (
        <SegmentPanel
          key={active.segmentId}
          composer={c}
          tab={active}
          name={segments.names.get(active.segmentId) ?? t('composer.segments.gone')}
          onRemoved={() => setChosen(null)}
        />
      ) : (
        <p className="muted segment-tabs__empty">{all.length === 0 && segments.segments.data ? t('composer.segments.none') : t('composer.segments.hint')}</p>
      )}
    </section>
  );
}
