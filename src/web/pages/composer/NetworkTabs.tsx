/**
 * One tab per chosen network: the text that network will get (the shared text until someone edits it here, which
 * makes a variant), its counter by that network's rules, and a preview per chosen account.
 */
import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, Media, Violation } from '../../api';
import { countText, strictest } from '../../lib/text';
import { NetworkName } from '../../components/ChannelLabel';
import { Counter } from './Counter';
import { PostPreview } from './PostPreview';
import { useLinkPreview } from './useLinkPreview';
import { inArea, violationText } from './violations';

export interface NetworkGroup {
  network: string;
  channels: Channel[];
}

interface Props {
  groups: NetworkGroup[];
  text: string;
  variants: Record<string, string>;
  onVariant(network: string, text: string | null): void;
  media: Media[];
  violations: Violation[];
  /** Networks whose settings have a problem (marked on their tab). */
  flagged?: ReadonlySet<string>;
  /** What goes under the text in a network's tab: its channels' settings (YouTube, TikTok, Pinterest, Snapchat). */
  extra?(group: NetworkGroup): ReactNode;
  /** What goes under one account's preview (an X thread's follow-ups). */
  afterPreview?(channel: Channel): ReactNode;
}

export function NetworkTabs({ groups, text, variants, onVariant, media, violations, flagged, extra, afterPreview }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(null);
  const active = groups.find((g) => g.network === chosen) ?? groups[0];
  const link = useLinkPreview(active ? (variants[active.network] ?? text) : '');
  if (!active) return null;

  const textFor = (network: string) => variants[network] ?? text;
  const limitsOf = (group: NetworkGroup) => strictest(group.channels.map((c) => c.limits))!;
  const customised = active.network in variants;
  const activeViolations = inArea(violations, 'text', active.network);

  return (
    <section className="network-tabs">
      <div className="tabs" role="tablist" aria-label={t('composer.perNetwork')}>
        {groups.map((group) => {
          const over =
            countText(textFor(group.network), limitsOf(group)).over || inArea(violations, 'text', group.network).length > 0 || Boolean(flagged?.has(group.network));
          return (
            <button
              key={group.network}
              type="button"
              role="tab"
              id={`tab-${group.network}`}
              aria-selected={group === active}
              aria-controls={`panel-${group.network}`}
              className={`tab${over ? ' tab--problem' : ''}`}
              onClick={() => setChosen(group.network)}
              data-testid={`tab-${group.network}`}
            >
              <span className={`network-dot network-dot--${group.network}`} aria-hidden="true" />
              <NetworkName network={group.network} />
              {group.network in variants ? <span className="tab__note">{t('composer.customised')}</span> : null}
            </button>
          );
        })}
      </div>
      <div className="tab-panel" role="tabpanel" id={`panel-${active.network}`} aria-labelledby={`tab-${active.network}`}>
        <div className="tab-panel__editor">
          <div className="field">
            <label htmlFor={`variant-${active.network}`}>
              {t('composer.textFor', { network: t(`networks.${active.network}`, { defaultValue: active.network }) })}
            </label>
            <textarea
              id={`variant-${active.network}`}
              rows={6}
              value={textFor(active.network)}
              onChange={(e) => onVariant(active.network, e.target.value)}
              data-testid={`variant-${active.network}`}
              aria-invalid={activeViolations.length > 0 || undefined}
            />
            <div className="field__row">
              <span className="muted">{customised ? t('composer.variantCustom') : t('composer.variantShared')}</span>
              <span className="field__row-end">
                {customised ? (
                  <button type="button" className="link-button" onClick={() => onVariant(active.network, null)}>
                    {t('composer.useShared')}
                  </button>
                ) : null}
                <Counter network={active.network} text={textFor(active.network)} limits={limitsOf(active)} />
              </span>
            </div>
            {activeViolations.map((v) => (
              <p key={`${v.channelId}-${v.rule}-${v.field}`} className="field__error" role="alert">
                {violationText(v)}
              </p>
            ))}
          </div>
          {extra?.(active)}
        </div>
        <div className="tab-panel__previews">
          <h3 className="visually-hidden">{t('composer.preview')}</h3>
          {active.channels.map((channel) => (
            <Fragment key={channel.id}>
              <PostPreview channel={channel} text={textFor(active.network)} media={media} limits={channel.limits} card={link.preview} />
              {afterPreview?.(channel)}
            </Fragment>
          ))}
        </div>
      </div>
    </section>
  );
}
