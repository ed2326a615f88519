/**
 * Segments to start from, grouped (continents, languages, climate now, seasons) and named in the person's language
 * from the preset's id. Choosing one asks only for its name (prefilled, editable), then creates it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { segmentsApi, type Segment, type SegmentPreset } from '../../api-segments';
import { useApiQuery } from '../../api/queries';
import { Notice, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { errorText } from '../../lib/errors';
import { useSubmit } from '../../lib/useSubmit';
import { summarize } from './conditions';

const GROUPS = ['continent', 'language', 'climate', 'season'] as const;

interface Props {
  workspaceId: string;
  editable: boolean;
  /** The workspace has no segment yet: the presets are where to start, so they say so. */
  empty: boolean;
  onCreated(segment: Segment): void;
}

export function PresetsSection({ workspaceId, editable, empty, onCreated }: Props) {
  const { t } = useTranslation();
  const presets = useApiQuery(['segment-presets', workspaceId], () => segmentsApi.presets(workspaceId));
  const [chosen, setChosen] = useState<SegmentPreset | null>(null);
  const all = presets.data?.presets ?? [];
  return (
    <section className={`card segments__presets${empty ? ' segments__presets--lead' : ''}`} id="segment-presets" data-testid="segment-presets" aria-labelledby="segment-presets-title">
      <h2 id="segment-presets-title">{t('segments.presetsTitle')}</h2>
      <p className="muted">{editable ? t('segments.presetsIntro') : t('segments.presetsIntroViewer')}</p>
      {presets.error ? <Notice kind="error">{errorText(presets.error)}</Notice> : null}
      {GROUPS.map((group) => {
        const inGroup = all.filter((p) => p.group === group);
        if (inGroup.length === 0) return null;
        return (
          <div key={group} className="preset-group">
            <h3 className="preset-group__title">{t(`segments.groups.${group}`)}</h3>
            <div className="preset-group__items">
              {inGroup.map((p) => (
                <button
                  key={p.id}
                  type="button"
                  className={`preset${chosen?.id === p.id ? ' preset--on' : ''}`}
                  disabled={!editable}
                  aria-pressed={chosen?.id === p.id}
                  onClick={() => setChosen(p)}
                  data-testid={`preset-${p.id}`}
                >
                  {presetName(p, t)}
                </button>
              ))}
            </div>
          </div>
        );
      })}
      {chosen && editable ? (
        <PresetForm
          key={chosen.id}
          workspaceId={workspaceId}
          preset={chosen}
          onCancel={() => setChosen(null)}
          onCreated={(s) => {
            setChosen(null);
            onCreated(s);
          }}
        />
      ) : null}
    </section>
  );
}

/** The preset's name in the person's language; the server's English one for a preset this version does not know. */
function presetName(p: SegmentPreset, t: ReturnType<typeof useTranslation>['t']): string {
  return t(`segments.presets.${p.id}`, { defaultValue: p.name });
}

function PresetForm({ workspaceId, preset, onCancel, onCreated }: { workspaceId: string; preset: SegmentPreset; onCancel(): void; onCreated(s: Segment): void }) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState(() => presetName(preset, t));
  const { busy, errors, handleSubmit } = useSubmit(['name']);
  const onSubmit = handleSubmit(async () => onCreated(await segmentsApi.create(workspaceId, { name: name.trim(), when: preset.when })));
  return (
    <form className="form preset-form" onSubmit={onSubmit} noValidate data-testid="preset-form">
      <p className="preset-form__what">
        <strong>{presetName(preset, t)}</strong> — <span className="muted">{summarize(preset.when, t, i18n.language)}</span>
      </p>
      {errors.general ? <Notice kind="error">{errors.general}</Notice> : null}
      <TextField label={t('segments.form.name')} name="presetName" value={name} maxLength={100} error={errors.byField.name} onValue={setName} />
      <FormActions className="actions" label={t('segments.createFromPreset')} busy={busy} disabled={busy || !name.trim()} onCancel={onCancel} testId="preset-create" />
    </form>
  );
}
