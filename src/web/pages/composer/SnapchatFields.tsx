/**
 * A Snapchat Public Profile's settings: a Story (24 hours), a Saved Story (kept on the profile, with a title) or a
 * Spotlight (a video, whose description is the text).
 */
import { useTranslation } from 'react-i18next';
import type { ComposeOptions } from '../../api-compose';
import { graphemeLength } from '../../lib/text';
import { TextField } from '../../components/Field';
import { SelectField } from '../../components/Select';
import type { ChannelOptions } from './optionChecks';
import { optionFields } from './optionFields';

type Snapchat = Extract<ComposeOptions, { network: 'snapchat' }>;

interface Props {
  loaded: Snapchat;
  options: ChannelOptions;
  onChange(next: ChannelOptions): void;
}

export function SnapchatFields({ loaded, options, onChange }: Props) {
  const { t } = useTranslation();
  const { text, set } = optionFields(options, onChange);
  const kind = text('kind', 'story');
  const title = text('title');
  const limits = { defaultValue: '', min: loaded.minDurationSeconds, max: loaded.maxDurationSeconds, chars: loaded.maxDescriptionLength };
  return (
    <>
      <SelectField label={t('networkOptions.snapKind')} hint={t(`networkOptions.snapKindHint.${kind}`, limits)} value={kind}
        choices={loaded.kinds.map((k) => ({ value: k, label: t(`networkOptions.snapKinds.${k}`, { defaultValue: k }) }))} onValue={(k) => set('kind', k)} />
      {kind === 'saved_story' ? (
        <TextField label={t('networkOptions.title')} hint={`${graphemeLength(title)} / ${loaded.maxTitleLength}`} value={title} onValue={(v) => set('title', v)} />
      ) : null}
    </>
  );
}
