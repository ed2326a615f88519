/**
 * The import page's state: what the person chose (the file, its channels, how to read it), the dry run's answer, then
 * the import's with its progress while it runs. Choosing another file forgets the last check: it was about the old one.
 *
 * @example
 *   const imp = useImport(workspace.id);
 *   <button disabled={!imp.canImport} onClick={imp.run}>…</button>
 */
import { useState } from 'react';
import { importsApi, type ImportAnswer, type ImportInput, type ImportProgress } from '../../api-imports';
import { useSubmit } from '../../lib/useSubmit';

export type Format = '' | NonNullable<ImportInput['format']>;
export type Order = '' | NonNullable<ImportInput['dateOrder']>;

/** The form's fields; '' for a format or date order means "read it from the file". */
export interface ImportChoices {
  file: File | null;
  format: Format;
  dateOrder: Order;
  timeZone: string;
  channelIds: string[];
  asDrafts: boolean;
  allOrNothing: boolean;
}

const NOTHING_CHOSEN: ImportChoices = { file: null, format: '', dateOrder: '', timeZone: '', channelIds: [], asDrafts: false, allOrNothing: false };

async function requestFor({ file, format, dateOrder, timeZone, channelIds, asDrafts, allOrNothing }: ImportChoices) {
  return {
    csv: await file!.text(),
    channelIds,
    asDrafts,
    allOrNothing,
    ...(format && { format }),
    ...(dateOrder && { dateOrder }),
    ...(timeZone.trim() && { timeZone: timeZone.trim() }),
  };
}

export function useImport(workspaceId: string) {
  const [choices, setChoices] = useState<ImportChoices>(NOTHING_CHOSEN);
  const [checked, setChecked] = useState<ImportAnswer | null>(null);
  const [imported, setImported] = useState<ImportAnswer | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const { busy, error, submit } = useSubmit([]);

  const choose = (change: Partial<ImportChoices>) => {
    setChoices((current) => ({ ...current, ...change }));
    if ('file' in change) setChecked(null);
  };
  // The progress bar belongs to one run: it goes when the run ends, however it ends.
  const act = (work: () => Promise<void>) => () => submit(() => work().finally(() => setProgress(null)));
  const check = act(async () => {
    setImported(null);
    setChecked(await importsApi.check(workspaceId, await requestFor(choices)));
  });
  const run = act(async () => {
    setImported(await importsApi.run(workspaceId, await requestFor(choices), setProgress));
    setChecked(null);
  });

  const okRows = checked?.rows.filter((r) => r.status === 'ok').length ?? 0;
  const badRows = (checked?.rows.length ?? 0) - okRows;
  const canCheck = choices.file !== null && choices.channelIds.length > 0 && !busy;
  const canImport = checked !== null && okRows > 0 && !(choices.allOrNothing && badRows > 0) && !busy;
  return { choices, choose, check, run, checked, imported, progress, error, okRows, badRows, canCheck, canImport };
}
