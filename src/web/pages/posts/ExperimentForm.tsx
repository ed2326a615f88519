/**
 * Starting a post's experiment: 2–4 variants (a label, and a first line and/or a whole text replacing the post's),
 * the measure that picks the winner, and the times its publications go out (at least one per variant; the first
 * ones show each variant once, the later ones take the likely best). Times are typed on this device's clock and sent
 * as UTC instants. A 422 about one variant shows under that variant.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postStatsApi, type ExperimentInput } from '../../api-post-stats';
import { Field, Notice, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { ApiError } from '../../http';
import { errorText } from '../../lib/errors';
import { useSubmit } from '../../lib/useSubmit';

interface VariantDraft {
  label: string;
  firstLine: string;
  text: string;
}

const MAX_VARIANTS = 4;
const emptyVariant = (label: string): VariantDraft => ({ label, firstLine: '', text: '' });

/** The next whole hours from now, on this device's clock, as `datetime-local` values. */
function nextHours(count: number): string[] {
  const start = new Date();
  start.setMinutes(0, 0, 0);
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(start.getTime() + (i + 1) * 3_600_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  });
}

export function ExperimentForm({ workspaceId, postId, onStarted }: { workspaceId: string; postId: string; onStarted(): void }) {
  const { t } = useTranslation();
  const [metric, setMetric] = useState<ExperimentInput['metric']>('engagementRate');
  const [variants, setVariants] = useState<VariantDraft[]>([emptyVariant('A'), emptyVariant('B')]);
  const [slots, setSlots] = useState<string[]>(() => nextHours(4));
  const { busy, error, errors, handleSubmit } = useSubmit(['metric', 'slots']);
  const variantError = (i: number) => (error instanceof ApiError && error.field?.startsWith(`variants[${i}]`) ? errorText(error) : null);
  const placed = error instanceof ApiError && error.field?.startsWith('variants[');

  const change = (i: number, patch: Partial<VariantDraft>) => setVariants((vs) => vs.map((v, j) => (j === i ? { ...v, ...patch } : v)));
  const onSubmit = handleSubmit(async () => {
    const body: ExperimentInput = {
      metric,
      variants: variants.map((v) => ({ label: v.label.trim(), ...(v.firstLine.trim() && { firstLine: v.firstLine.trim() }), ...(v.text.trim() && { text: v.text }) })),
      slots: slots.filter(Boolean).map((s) => new Date(s).toISOString()),
    };
    await postStatsApi.startExperiment(workspaceId, postId, body);
    onStarted();
  });

  return (
    <form className="form experiment-form" onSubmit={onSubmit} noValidate data-testid="experiment-form">
      {errors.general && !placed ? <Notice kind="error">{errors.general}</Notice> : null}
      <Field label={t('post.experiment.form.metric')} error={errors.byField.metric}>
        <select value={metric} onChange={(e) => setMetric(e.target.value as ExperimentInput['metric'])} data-testid="experiment-metric">
          <option value="engagementRate">{t('post.experiment.metric.engagementRate')}</option>
          <option value="clicks">{t('post.experiment.metric.clicks')}</option>
        </select>
      </Field>
      {variants.map((v, i) => (
        <fieldset key={i} className="card" data-testid="experiment-variant-draft">
          <legend>{t('post.experiment.form.variant', { n: i + 1 })}</legend>
          {variantError(i) ? <Notice kind="error">{variantError(i)}</Notice> : null}
          <TextField label={t('post.experiment.form.label')} value={v.label} maxLength={60} onValue={(label) => change(i, { label })} />
          <TextField label={t('post.experiment.form.firstLine')} hint={t('post.experiment.form.firstLineHint')} value={v.firstLine} onValue={(firstLine) => change(i, { firstLine })} />
          <Field label={t('post.experiment.form.text')} hint={t('post.experiment.form.textHint')}>
            <textarea rows={3} value={v.text} onChange={(e) => change(i, { text: e.target.value })} />
          </Field>
          {variants.length > 2 ? (
            <button type="button" className="button button--ghost button--small" onClick={() => setVariants((vs) => vs.filter((_, j) => j !== i))}>
              {t('post.experiment.form.removeVariant')}
            </button>
          ) : null}
        </fieldset>
      ))}
      {variants.length < MAX_VARIANTS ? (
        <button type="button" className="button button--ghost button--small" onClick={() => setVariants((vs) => [...vs, emptyVariant(String.fromCharCode(65 + vs.length))])} data-testid="experiment-add-variant">
          {t('post.experiment.form.addVariant')}
        </button>
      ) : null}
      <Field label={t('post.experiment.form.slots')} hint={t('post.experiment.form.slotsHint')} error={errors.byField.slots}>
        <div className="experiment-form__slots">
          {slots.map((s, i) => (
            <input key={i} type="datetime-local" aria-label={t('post.experiment.form.slot', { n: i + 1 })} value={s} onChange={(e) => setSlots((all) => all.map((x, j) => (j === i ? e.target.value : x)))} />
          ))}
        </div>
      </Field>
      <button type="button" className="button button--ghost button--small" onClick={() => setSlots((all) => [...all, ...nextHours(all.length + 1).slice(-1)])}>
        {t('post.experiment.form.addSlot')}
      </button>
      <FormActions className="actions" label={t('post.experiment.form.start')} busy={busy} disabled={busy || variants.some((v) => !v.label.trim())} testId="experiment-start" />
    </form>
  );
}
