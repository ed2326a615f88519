/**
 * A Snapchat Public Profile's settings: a Story (24 hours), a Saved Story (kept on the profile, with a title) or a
 * Spotlight (a video, whose description is the text).
 */
import { useTranslation } from 'react-i18next';
import type { ComposeOptions } from '../../api-compose';
import { graphemeLength } from '../../lib/text';
import { Field } from '../../components/Field';
import type { ChannelOptions } from './optionChecks';
import { withOption } from './YouTubeFields';

type Snapchat = Extract<ComposeOptions, { network: 'snapchat' }>;

interface Props {
  loaded: Snapchat;
  options: ChannelOptions;
  onChange(next: ChannelOptions): void;
}

export function SnapchatFields({ loaded, options, onChange }: Props) {
  const { t } = useTranslation();
  const kind = typeof options['kind'] === 'string' ? options['kind'] : 'story';
  const title = typeof options['title'] === 'string' ? options['title'] : '';
  return (
    <>
      <Field label={t('networkOptions.snapKind')} hint={t(`networkOptions.snapKindHint.${kind}`, { defaultValue: '', min: loaded.minDurationSeconds, max: loaded.maxDurationSeconds, chars: loaded.maxDescriptionLength })}>
        <select value={kind} onChange={(e) => onChange(withOption(options, 'kind', e.target.value))}>
          {loaded.kinds.map((k) => (
            <option key={k} value={k}>
              {t(`networkOptions.snapKinds.${k}`, { defaultValue: k })}
            </option>
          ))}
        </select>
      </Field>
      {kind === 'saved_story' ? (
        <Field label={t('networkOptions.title')} hint={`${graphemeLength(title)} / ${loaded.maxTitleLength}`}>
          <input value={title} onChange={(e) => onChange(withOption(options, 'title', e.target.value))} />
        </Field>
      ) : null}
    </>
  );
}
