/**
 * Creates or changes a segment: its name, its time zone (optional; without one, the main zone of its countries) and
 * whom it is for, in the simple editor or as JSON ("advanced"). A refused condition shows the server's reason under
 * the field its path points at, or under the JSON with the path.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { segmentsApi, type Segment, type SegmentDetail } from '../../api-segments';
import { Notice, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { errorText } from '../../lib/errors';
import { useSubmit } from '../../lib/useSubmit';
import { AdvancedField, ConditionFields } from './ConditionFields';
import { conditionOf, draftFieldOf, draftOf, emptyDraft, type ConditionDraft, type DraftField } from './conditions';

interface Props {
  workspaceId: string;
  /** The segment to change; none to create one. */
  segment?: Segment;
  onSaved(segment: SegmentDetail): void;
  onCancel(): void;
}

/** A refusal the form itself finds before sending (no condition, JSON that does not parse). */
class LocalError extends Error {
  constructor(readonly field: 'when' | 'json', message: string) {
    super(message);
  }
}

export function SegmentForm({ workspaceId, segment, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(segment?.name ?? '');
  const [timeZone, setTimeZone] = useState(segment?.timeZone ?? '');
  const initialDraft = segment ? draftOf(segment.when) : emptyDraft();
  const [advanced, setAdvanced] = useState(initialDraft === null);
  const [draft, setDraft] = useState<ConditionDraft>(initialDraft ?? emptyDraft());
  const [json, setJson] = useState(segment ? JSON.stringify(segment.when, null, 2) : '');
  const [switchError, setSwitchError] = useState<string | null>(null);
  const { busy, error, errors, handleSubmit } = useSubmit(['name', 'timeZone']);
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);

  const when = (): unknown => {
    if (!advanced) {
      const condition = conditionOf(draft);
      if (condition === null) throw new LocalError('when', t('segments.form.nothingChosen'));
      return condition;
    }
    try {
      return JSON.parse(json) as unknown;
    } catch {
      throw new LocalError('json', t('segments.form.jsonInvalid'));
    }
  };
  const onSubmit = handleSubmit(async () => {
    const body = { name: name.trim(), when: when(), timeZone: timeZone.trim() || null };
    onSaved(segment ? await segmentsApi.update(workspaceId, segment.id, body) : await segmentsApi.create(workspaceId, body));
  });

  const toAdvanced = () => {
    setJson(JSON.stringify(conditionOf(draft) ?? {}, null, 2));
    setSwitchError(null);
    setAdvanced(true);
  };
  const toSimple = () => {
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(json || 'null');
    } catch {
      return setSwitchError(t('segments.form.jsonInvalid'));
    }
    const next = parsed === null ? emptyDraft() : draftOf(parsed);
    if (!next) return setSwitchError(t('segments.form.noSimpleForm'));
    setDraft(next);
    setSwitchError(null);
    setAdvanced(false);
  };

  const placed = placeConditionError(error, advanced);
  const general = placed.general ?? (placed.field || placed.json ? null : errors.general);
  return (
    <form className="form segment-form" onSubmit={onSubmit} noValidate data-testid="segment-form">
      {general ? <Notice kind="error">{general}</Notice> : null}
      <TextField label={t('segments.form.name')} name="name" value={name} maxLength={100} error={errors.byField.name} onValue={setName} />
      <TextField label={t('segments.form.timeZone')} hint={t('segments.form.timeZoneHint')} placeholder={t('segments.form.timeZonePlaceholder')} name="timeZone" list="segment-zones" value={timeZone} error={errors.byField.timeZone} onValue={setTimeZone} />
      <datalist id="segment-zones">
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <div className="segment-form__who">
        <h3>{t('segments.form.who')}</h3>
        <button type="button" className="link-button" onClick={advanced ? toSimple : toAdvanced} data-testid="segment-mode">
          {advanced ? t('segments.form.toSimple') : t('segments.form.toAdvanced')}
        </button>
      </div>
      {switchError ? <Notice kind="info">{switchError}</Notice> : null}
      {advanced ? (
        <AdvancedField value={json} error={placed.json} onValue={setJson} />
      ) : (
        <ConditionFields draft={draft} errors={placed.field ?? {}} onDraft={setDraft} />
      )}
      <FormActions className="actions" label={segment ? t('segments.form.save') : t('segments.form.create')} busy={busy} disabled={busy || !name.trim()} onCancel={onCancel} testId="segment-save" />
    </form>
  );
}

/**
 * Where a refused condition is shown: under the simple field its path names, under the JSON with the path, or above
 * the form. The server's sentence names the exact fault; in French the translated code comes first.
 */
function placeConditionError(error: unknown, advanced: boolean): { field?: Partial<Record<DraftField, string>>; json?: string; general?: string } {
  if (error instanceof LocalError) return error.field === 'json' ? { json: error.message } : { general: error.message };
  if (!(error instanceof ApiError) || !error.field?.startsWith('when')) return {};
  const translated = errorText(error);
  const text = translated === error.message ? translated : `${translated} ${error.message}`;
  if (advanced) return { json: error.field === 'when' ? text : `${error.field}: ${text}` };
  const field = draftFieldOf(error.field);
  return field ? { field: { [field]: text } } : { general: `${error.field}: ${text}` };
}
