/**
 * A channel's signature (added at the end of its posts unless a post leaves it off) and its own variable values
 * (they win over the workspace's), opened from the channel's row. Editors and above change them; others read them.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../api';
import { signatureApi } from '../../api-templates';
import { useApiQuery } from '../../api/queries';
import { Field } from '../../components/Field';
import { errorText } from '../../lib/errors';
import { useSubmit } from '../../lib/useSubmit';
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
  const [done, setDone] = useState(false);
  const { busy, error, handleSubmit } = useSubmit([]);
  useEffect(() => setText(saved.data?.text ?? ''), [saved.data]);
  const save = handleSubmit(async () => {
    setDone(false);
    setText((await signatureApi.put(workspace.id, channel.id, text)).text);
    setDone(true);
  });

  if (saved.error) return <p className="field__error" role="alert">{errorText(saved.error)}</p>;
  if (!saved.data) return <p className="muted">{t('common.loading')}</p>;
  return (
    <form onSubmit={save} data-testid="signature-form">
      <Field label={t('templates.channel.signature')} hint={t('templates.channel.signatureHint')}>
        <textarea name="signature" rows={2} maxLength={1000} value={text} readOnly={!mayEdit} onChange={(e) => setText(e.target.value)} data-testid="signature-text" />
      </Field>
      {mayEdit ? (
        <button type="submit" className="button button--primary button--small" disabled={busy} data-testid="signature-save">
          {busy ? t('common.working') : t('templates.channel.save')}
        </button>
      ) : null}
      {done ? <p role="status">{t('templates.channel.saved')}</p> : null}
      {error ? (
        <p className="field__error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
    </form>
  );
}
