/**
 * Importing a channel's past posts from a CSV (an export from the network or another tool): the best times and the
 * composer's heat map learn from them at once instead of after weeks of publishing. Editors and above.
 */
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../api';
import { queueApi, type HistoryImport as Result } from '../../api-queue';
import { errorText } from '../../lib/errors';
import { useWorkspace } from '../../session';

/** Row errors listed under the result; the server names up to 100, a person fixes a file from the first few. */
const SHOWN_ERRORS = 5;

export function HistoryImport({ channel }: { channel: Channel }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [state, setState] = useState<{ busy: boolean; result: Result | null; error: unknown }>({ busy: false, result: null, error: null });

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setState({ busy: true, result: null, error: null });
    try {
      setState({ busy: false, result: await queueApi.importHistory(workspace.id, channel.id, file), error: null });
    } catch (error) {
      setState({ busy: false, result: null, error });
    } finally {
      // The same file can be chosen again after it was fixed.
      input.value = '';
    }
  }

  const { result } = state;
  return (
    <div className="history-import" data-testid="history-import">
      <label className="button button--ghost button--small history-import__pick">
        {state.busy ? t('channels.history.busy') : t('channels.history.pick')}
        <input type="file" accept=".csv,text/csv" className="visually-hidden" disabled={state.busy} onChange={(e) => void upload(e)} data-testid="history-file" />
      </label>
      {state.error ? (
        <p className="field__error" role="alert">
          {errorText(state.error)}
        </p>
      ) : null}
      {result ? (
        <div role="status" data-testid="history-result">
          <p>{t('channels.history.done', { imported: result.imported, skipped: result.skipped })}</p>
          {result.errors.length ? (
            <ul className="history-import__errors">
              {result.errors.slice(0, SHOWN_ERRORS).map((e) => (
                <li key={e.line}>{t('channels.history.rowError', { line: e.line, message: e.message })}</li>
              ))}
              {result.errors.length > SHOWN_ERRORS ? <li>{t('channels.history.more', { count: result.errors.length - SHOWN_ERRORS })}</li> : null}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
