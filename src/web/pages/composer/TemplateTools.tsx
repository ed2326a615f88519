/**
 * Under the composer's text: insert a saved template or a hashtag group at the end of the text, the workspace's
 * variables as a hint (each one inserts `{{name}}`; the server fills it per channel and segment when the post is
 * saved), and whether each channel's signature is added.
 */
import { useTranslation } from 'react-i18next';
import { hashtagGroupsApi, templatesApi, variablesApi } from '../../api-templates';
import { useApiQuery } from '../../api/queries';
import type { Composer } from './useComposer';
import { appendText } from '../templates/text';
import '../templates/templates.css';

const placeholder = (name: string) => `{{${name}}}`;

export function TemplateTools({ composer: c }: { composer: Composer }) {
  const { t } = useTranslation();
  const ws = c.workspace.id;
  const templates = useApiQuery(['templates', ws], () => templatesApi.list(ws));
  const groups = useApiQuery(['hashtag-groups', ws], () => hashtagGroupsApi.list(ws));
  const variables = useApiQuery(['variables', ws], () => variablesApi.list(ws));
  const names = [...new Set((variables.data?.variables ?? []).map((v) => v.name))];
  const insert = (addition: string) => c.setText(appendText(c.text, addition));

  return (
    <div className="template-tools" data-testid="template-tools">
      <label>
        {t('templates.composer.insertTemplate')}{' '}
        <select
          value=""
          onChange={(e) => {
            const chosen = templates.data?.templates.find((x) => x.id === e.target.value);
            if (chosen) insert(chosen.text);
          }}
          data-testid="insert-template"
        >
          <option value="">{templates.data?.templates.length ? t('templates.composer.choose') : t('templates.composer.noTemplates')}</option>
          {(templates.data?.templates ?? []).map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('templates.composer.insertHashtags')}{' '}
        <select
          value=""
          onChange={(e) => {
            const chosen = groups.data?.groups.find((g) => g.id === e.target.value);
            if (chosen) insert(chosen.hashtags.map((h) => `#${h}`).join(' '));
          }}
          data-testid="insert-hashtags"
        >
          <option value="">{groups.data?.groups.length ? t('templates.composer.choose') : t('templates.composer.noGroups')}</option>
          {(groups.data?.groups ?? []).map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </label>
      <label className="template-tools__signature">
        <input type="checkbox" checked={c.signature} onChange={(e) => c.setSignature(e.target.checked)} data-testid="composer-signature" /> {t('templates.composer.signature')}
      </label>
      <p className="field__hint template-tools__variables" data-testid="variables-hint">
        {t('templates.composer.variablesHint')}{' '}
        {names.length === 0
          ? t('templates.composer.noVariables')
          : names.map((name) => (
              <button key={name} type="button" className="button button--ghost button--small" onClick={() => insert(placeholder(name))} data-testid="insert-variable">
                {placeholder(name)}
              </button>
            ))}
      </p>
    </div>
  );
}
