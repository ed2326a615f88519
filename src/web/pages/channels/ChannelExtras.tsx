/**
 * A channel's signature (added at the end of its posts unless a post leaves it off) and its own variable values
 * (they win over the workspace's), opened from the channel's row. Editors and above change them; others read them.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../api';
import { signatureApi } from '../../api-templates';
import { useApiQuery } from '../../api/queries';
import { Field } from '../../components/Field';
import { errorText } from '../../lib/errors';
import { useWorkspace } from '../../session';
import { VariableList } from '../templates/VariableList';
import '../templates/templates.css';

export function ChannelExtras({ channel, mayEdit }: { channel: Channel; mayEdit: boolean }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [open, setOpen] = useState(false);
  return (
    <div className="channel-extras">
      <button type="button" className="button button--ghost button--small" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="channel-extras-toggle">
        {open ? t('templates.channel.hide') : t('templates.channel.show')}
      </button>
      {open ? (
        <div className="channel-extras__editor">
          <SignatureForm channel={channel} mayEdit={mayEdit} />
          <h3>{t('templates.channel.variables')}</h3>
          <VariableList workspaceId={workspace.id} channelId={channel.id} editable={mayEdit} />
        </div>
      ) : null}
    </div>
  );
}

function SignatureForm({ channel, mayEdit }: { channel: Channel; mayEdit: boolean }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const saved = useApiQuery(['signature', workspace.id, channel.id], () => signatureApi.get(workspace.id, channel.id));
  const [text, setText] = useState('');
  const [state, setState] = useState<{ busy: boolean; saved: boolean; error: unknown }>({ busy: false, saved: false, error: null });
  useEffect(() => setText(saved.data?.text ?? ''), [saved.data]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setState({ busy: true, saved: false, error: null });
    try {
      setText((await signatureApi.put(workspace.id, channel.id, text)).text);
      setState({ busy: false, saved: true, error: null });
    } catch (error) {
      setState({ busy: false, saved: false, error });
    }
  }

  if (saved.error) return <p className="field__error" role="alert">{errorText(saved.error)}</p>;
  if (!saved.data) return <p className="muted">{t('common.loading')}</p>;
  return (
    <form onSubmit={(e) => void save(e)} data-testid="signature-form">
      <Field label={t('templates.channel.signature')} hint={t('templates.channel.signatureHint')}>
        <textarea name="signature" rows={2} maxLength={1000} value={text} readOnly={!mayEdit} onChange={(e) => setText(e.target.value)} data-testid="signature-text" />
      </Field>
      {mayEdit ? (
        <button type="submit" className="button button--primary button--small" disabled={state.busy} data-testid="signature-save">
          {state.busy ? t('common.working') : t('templates.channel.save')}
        </button>
      ) : null}
      {state.saved ? <p role="status">{t('templates.channel.saved')}</p> : null}
      {state.error ? (
        <p className="field__error" role="alert">
          {errorText(state.error)}
        </p>
      ) : null}
    </form>
  );
}
