/**
 * Writing help in the composer, shown only when the server has a model (CHORUS_AI_BASE_URL): rewrites of the text
 * for each chosen network, in the post's language or another, each already within that network's rules. "Use"
 * puts one in as that network's own text; the main text stays as written.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { writingHelpApi, type Rewrites } from '../../api-writing-help';
import { useApiQuery } from '../../api/queries';
import { NetworkName } from '../../components/ChannelLabel';
import { errorText } from '../../lib/errors';
import type { Composer } from './useComposer';
import './options.css';

const LANGUAGES = ['', 'English', 'French', 'Spanish', 'German', 'Italian'] as const;

export function WritingHelp({ composer: c }: { composer: Composer }) {
  const { t } = useTranslation();
  const status = useApiQuery(['writing-help', c.workspace.id], () => writingHelpApi.status(c.workspace.id));
  const [language, setLanguage] = useState<string>('');
  const [result, setResult] = useState<Rewrites | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!status.data?.enabled) return null;
  const ready = c.text.trim() !== '' && c.channelIds.length > 0;

  async function ask() {
    setBusy(true);
    setProblem(null);
    try {
      setResult(await writingHelpApi.rewrites(c.workspace.id, { text: c.text, channelIds: c.channelIds, ...(language ? { language } : {}) }));
    } catch (e) {
      setProblem(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="writing-help" aria-label={t('writingHelp.title')} data-testid="writing-help">
      <div className="writing-help__ask">
        <select value={language} onChange={(e) => setLanguage(e.target.value)} aria-label={t('writingHelp.language')}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {l ? t(`writingHelp.languages.${l}`) : t('writingHelp.sameLanguage')}
            </option>
          ))}
        </select>
        <button type="button" className="button button--secondary" onClick={() => void ask()} disabled={!ready || busy} data-testid="writing-help-ask">
          {busy ? t('writingHelp.thinking') : t('writingHelp.ask')}
        </button>
        {!ready ? <span className="muted">{t('writingHelp.needText')}</span> : null}
      </div>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      {result ? (
        <>
          <ul className="writing-help__list">
            {result.suggestions.map((s, i) => (
              <li key={`${s.network}-${i}`} className="writing-help__item" data-testid="writing-help-suggestion">
                <span className="writing-help__meta">
                  <NetworkName network={s.network} /> · {t('writingHelp.length', { count: s.length })}
                </span>
                <p>{s.text}</p>
                <button type="button" className="button button--ghost button--small" onClick={() => c.onVariant(s.network, s.text)}>
                  {t('writingHelp.use', { network: t(`networks.${s.network}`, { defaultValue: s.network }) })}
                </button>
              </li>
            ))}
          </ul>
          <p className="muted">
            {result.suggestions.length === 0 ? t('writingHelp.none') : null} {result.dropped > 0 ? t('writingHelp.dropped', { count: result.dropped }) : null}{' '}
            {t('writingHelp.model', { model: result.model })}
          </p>
        </>
      ) : null}
    </section>
  );
}
