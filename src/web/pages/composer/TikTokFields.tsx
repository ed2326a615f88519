/**
 * A TikTok account's settings, as TikTok's content sharing guidelines ask (developers.tiktok.com/doc/
 * content-sharing-guidelines): who posts, the audiences creator_info offers with none chosen in advance, comments,
 * duets and stitches off until the person turns them on (and unavailable when the creator turned them off), and
 * the longest video this account may post.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeOptions } from '../../api-compose';
import { SelectField } from '../../components/Select';
import { formatDuration, type ChannelOptions } from './optionChecks';
import { optionFields } from './optionFields';

type TikTok = Extract<ComposeOptions, { network: 'tiktok' }>;

interface Props {
  loaded: TikTok;
  options: ChannelOptions;
  onChange(next: ChannelOptions): void;
}

const INTERACTIONS = [
  ['disableComment', 'commentDisabled', 'allowComments'],
  ['disableDuet', 'duetDisabled', 'allowDuet'],
  ['disableStitch', 'stitchDisabled', 'allowStitch'],
] as const;

export function TikTokFields({ loaded, options, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const { text, set } = optionFields(options, onChange);
  const audiences = loaded.privacyLevelOptions.map((level) => ({ value: level, label: t(`networkOptions.tiktokPrivacy.${level}`, { defaultValue: level }) }));

  // Interactions start off; one the creator turned off stays off (TikTok refuses the post otherwise).
  useEffect(() => {
    let next = options;
    for (const [key, off] of INTERACTIONS) if (options[key] === undefined || (loaded[off] && options[key] !== true)) next = { ...next, [key]: true };
    if (next !== options) onChange(next);
  }, [loaded, options, onChange]);

  return (
    <>
      {loaded.creator ? <p className="muted">{t('networkOptions.tiktokPostingAs', { creator: loaded.creator })}</p> : null}
      <SelectField label={t('networkOptions.audience')} hint={t('networkOptions.audienceHint')} value={text('privacyLevel')} choices={audiences}
        placeholder={t('networkOptions.chooseAudience')} onValue={(level) => set('privacyLevel', level)} />
      {INTERACTIONS.map(([key, off, label]) => (
        <label key={key} className="check">
          <input
            type="checkbox"
            checked={!loaded[off] && options[key] === false}
            disabled={loaded[off]}
            onChange={(e) => onChange({ ...options, [key]: !e.target.checked })}
          />
          {t(`networkOptions.${label}`)}
          {loaded[off] ? <span className="muted"> — {t('networkOptions.turnedOffInTikTok')}</span> : null}
        </label>
      ))}
      {loaded.maxDurationSeconds !== null ? <p className="muted">{t('networkOptions.maxDuration', { max: formatDuration(loaded.maxDurationSeconds, i18n.language) })}</p> : null}
    </>
  );
}
