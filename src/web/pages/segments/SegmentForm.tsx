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
  const { advanced, draft, setDraft, json, setJson, switchError, toggle, when } = useConditionEditor(segment?.when);
  const { busy, error, errors, handleSubmit } = useSubmit(['name', 'timeZone']);
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const onSubmit = handleSubmit(async () => {
    const body = { name: name.trim(), when: when(), timeZone: timeZone.trim() || null };
    onSaved(segment ? await segmentsApi.update(workspaceId, segment.id, body) : await segmentsApi.create(workspaceId, body));
  });

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
        <button type="button" className="link-button" onClick={toggle} data-testid="segment-mode">
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
 * The condition being edited, in the simple form or as JSON, and the switch between them: to JSON always, back to the
 * simple form only when it can show the JSON exactly. `when()` is what to send, or a `LocalError` to show.
 */
function useConditionEditor(initial: unknown) {
  const { t } = useTranslation();
  const initialDraft = initial === undefined ? emptyDraft() : draftOf(initial);
  const [advanced, setAdvanced] = useState(initialDraft === null);
  const [draft, setDraft] = useState<ConditionDraft>(initialDraft ?? emptyDraft());
  const [json, setJson] = useState(initial === undefined ? '' : JSON.stringify(initial, null, 2));
  const [switchError, setSwitchError] = useState<string | null>(null);
  const parseJson = (text: string): unknown => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new LocalError('json', t('segments.form.jsonInvalid'));
    }
  };
  const toggle = () => {
    setSwitchError(null);
    if (!advanced) {
      setJson(JSON.stringify(conditionOf(draft) ?? {}, null, 2));
      return setAdvanced(true);
    }
    try {
      const parsed = parseJson(json || 'null');
      const next = parsed === null ? emptyDraft() : draftOf(parsed);
      if (!next) return setSwitchError(t('segments.form.noSimpleForm'));
      setDraft(next);
      setAdvanced(false);
    } catch (e) {
      setSwitchError((e as Error).message);
    }
  };
  const when = (): unknown => {
    if (advanced) return parseJson(json);
    const condition = conditionOf(draft);
    if (condition === null) throw new LocalError('when', t('segments.form.nothingChosen'));
    return condition;
  };
  return { advanced, draft, setDraft, json, setJson, switchError, toggle, when };
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
