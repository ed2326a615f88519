/**
 * `#/import`: scheduling many posts from a CSV file (Hootsuite, Sprout Social, Agorapulse or Chorus's own). The file
 * is checked first and every row's outcome shown with its errors per column; the person fixes the file and checks
 * again, then imports with a progress bar. Contributors and above.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { importsApi, type ImportAnswer, type ImportInput, type ImportProgress } from '../../api-imports';
import { useApiQuery } from '../../api/queries';
import { ChannelLabel } from '../../components/ChannelLabel';
import { Field, Notice } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { SelectField } from '../../components/Select';
import { errorText } from '../../lib/errors';
import { useWorkspace } from '../../session';
import { ImportRows } from './ImportRows';
import './imports.css';

type Format = '' | NonNullable<ImportInput['format']>;
type Order = '' | NonNullable<ImportInput['dateOrder']>;
const FORMATS = ['hootsuite', 'sprout', 'agorapulse', 'chorus'] as const;
const ORDERS = ['DMY', 'MDY', 'YMD'] as const;

export function ImportPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const channels = useApiQuery(['channels', workspace.id], () => api.listChannels(workspace.id));
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<Format>('');
  const [dateOrder, setDateOrder] = useState<Order>('');
  const [timeZone, setTimeZone] = useState('');
  const [channelIds, setChannelIds] = useState<string[]>([]);
  const [asDrafts, setAsDrafts] = useState(false);
  const [allOrNothing, setAllOrNothing] = useState(false);
  const [checked, setChecked] = useState<ImportAnswer | null>(null);
  const [imported, setImported] = useState<ImportAnswer | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const request = async () => ({
    csv: await file!.text(),
    channelIds,
    asDrafts,
    allOrNothing,
    ...(format && { format }),
    ...(dateOrder && { dateOrder }),
    ...(timeZone.trim() && { timeZone: timeZone.trim() }),
  });
  const act = (work: () => Promise<void>) => async () => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };
  const check = act(async () => {
    setImported(null);
    setChecked(await importsApi.check(workspace.id, await request()));
  });
  const run = act(async () => {
    const done = await importsApi.run(workspace.id, await request(), setProgress);
    setImported(done);
    setChecked(null);
  });
  const toggle = (id: string) => setChannelIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  const okRows = checked?.rows.filter((r) => r.status === 'ok').length ?? 0;
  const badRows = (checked?.rows.length ?? 0) - okRows;
  const canImport = checked !== null && okRows > 0 && !(allOrNothing && badRows > 0) && !busy;

  return (
    <section className="page page--wide imports" data-testid="import-page">
      <PageHeader title={t('imports.title')} intro={t('imports.intro')}>
        <a className="button" href={importsApi.exportUrl(workspace.id)} download data-testid="import-export">
          {t('imports.export')}
        </a>
      </PageHeader>
      <div className="card imports__form">
        <Field label={t('imports.file')} hint={t('imports.fileHint')}>
          <input type="file" accept=".csv,text/csv" data-testid="import-file" onChange={(e) => (setFile(e.target.files?.[0] ?? null), setChecked(null))} />
        </Field>
        <fieldset className="imports__channels">
          <legend>{t('imports.channels')}</legend>
          {(channels.data?.channels ?? []).map((c) => (
            <label key={c.id}>
              <input type="checkbox" checked={channelIds.includes(c.id)} onChange={() => toggle(c.id)} data-testid="import-channel" /> <ChannelLabel channel={c} />
            </label>
          ))}
        </fieldset>
        <div className="imports__options">
          <SelectField<Format> label={t('imports.format')} value={format} onValue={setFormat} placeholder={t('imports.detect')} choices={FORMATS.map((f) => ({ value: f, label: t(`imports.formats.${f}`) }))} data-testid="import-format" />
          <SelectField<Order> label={t('imports.dateOrder')} value={dateOrder} onValue={setDateOrder} placeholder={t('imports.detect')} choices={ORDERS.map((o) => ({ value: o, label: t(`imports.orders.${o}`) }))} data-testid="import-date-order" />
          <Field label={t('imports.timeZone')} hint={t('imports.timeZoneHint')}>
            <input value={timeZone} placeholder={t('imports.workspaceZone')} onChange={(e) => setTimeZone(e.target.value)} data-testid="import-time-zone" />
          </Field>
        </div>
        <label>
          <input type="checkbox" checked={asDrafts} onChange={(e) => setAsDrafts(e.target.checked)} data-testid="import-drafts" /> {t('imports.asDrafts')}
        </label>
        <label>
          <input type="checkbox" checked={allOrNothing} onChange={(e) => setAllOrNothing(e.target.checked)} data-testid="import-all-or-nothing" /> {t('imports.allOrNothing')}
        </label>
        <div className="imports__actions">
          <button type="button" className="button" disabled={!file || channelIds.length === 0 || busy} onClick={check} data-testid="import-check">
            {checked ? t('imports.checkAgain') : t('imports.check')}
          </button>
          <button type="button" className="button button--primary" disabled={!canImport} onClick={run} data-testid="import-run">
            {t('imports.run', { count: okRows })}
          </button>
        </div>
        {progress ? (
          <div className="imports__progress" data-testid="import-progress">
            <span>{t(`imports.phases.${progress.phase}`, { done: progress.done, total: progress.total })}</span>
            <progress max={progress.total || 1} value={progress.done} />
          </div>
        ) : null}
      </div>
      {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
      {imported ? (
        <Notice kind={imported.rows.some((r) => r.status === 'error') ? 'error' : 'success'}>
          <span data-testid="import-done">{t('imports.done', { count: imported.imported })}</span>
        </Notice>
      ) : null}
      {checked ? <p data-testid="import-summary">{t('imports.summary', { ok: okRows, bad: badRows, format: t(`imports.formats.${checked.format}`) })}</p> : null}
      {checked && badRows > 0 ? <p className="muted">{t('imports.fixHint')}</p> : null}
      {(checked ?? imported) ? <ImportRows rows={(checked ?? imported)!.rows} /> : null}
    </section>
  );
}
