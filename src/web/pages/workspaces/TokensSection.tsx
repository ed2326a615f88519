/**
 * API tokens for scripts: create one with a role at most your own (its secret is shown once, to copy), see which
 * still work and when they were last used, and revoke them. Admins and owners see and revoke everyone's; others
 * their own. The workspace id, which scripts need beside the token, is shown here too.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api';
import { accessApi, type ApiTokenInfo } from '../../api-access';
import { useApiQuery } from '../../api/queries';
import { roles } from '../../lib/roles';
import { errorText } from '../../lib/errors';
import { useSubmit } from '../../lib/useSubmit';
import { Notice, TextField } from '../../components/Field';
import { InlineForm } from '../../components/InlineForm';
import { CopyButton } from '../../components/CopyButton';
import { ConfirmButton } from '../../components/ConfirmButton';
import { RoleField } from '../../components/RoleField';

export function TokensSection({ workspaceId, role }: { workspaceId: string; role: Role }) {
  const { t } = useTranslation();
  const tokens = useApiQuery(['tokens', workspaceId], () => accessApi.listTokens(workspaceId));
  const [error, setError] = useState<unknown>(null);
  // A revocation clears the "copy this token now" notice, which may show the token just revoked.
  const [revocations, setRevocations] = useState(0);

  async function revoke(token: ApiTokenInfo) {
    setError(null);
    try {
      await accessApi.revokeToken(workspaceId, token.id);
      setRevocations((n) => n + 1);
      tokens.reload();
    } catch (e) {
      setError(e);
    }
  }

  const list = tokens.data?.tokens ?? [];
  return (
    <div className="card" data-testid="api-tokens">
      <h2>{t('access.tokens')}</h2>
      <p className="muted">
        {t('access.workspaceId')} <code data-testid="workspace-id">{workspaceId}</code> <CopyButton text={workspaceId} />
      </p>
      {tokens.error ? <Notice kind="error">{errorText(tokens.error)}</Notice> : null}
      {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
      {list.length === 0 && !tokens.loading ? <p className="muted">{t('access.noTokens')}</p> : null}
      <ul className="member-list">
        {list.map((token) => (
          <TokenRow key={token.id} token={token} onRevoke={() => void revoke(token)} />
        ))}
      </ul>
      <NewToken key={revocations} workspaceId={workspaceId} role={role} onCreated={tokens.reload} />
    </div>
  );
}

function TokenRow({ token, onRevoke }: { token: ApiTokenInfo; onRevoke(): void }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language);
  return (
    <li data-testid="api-token" data-name={token.name}>
      <span>
        <strong>{token.name}</strong> <span className="muted">{token.userEmail}</span>
        <br />
        <span className="muted">
          {t('access.created', { date: date(token.createdAt) })} ·{' '}
          {token.lastUsedAt ? t('access.lastUsed', { date: date(token.lastUsedAt) }) : t('access.neverUsed')}
        </span>
      </span>
      <span className="member-list__actions">
        <span className="pill">{t(`roles.${token.role}`)}</span>
        <ConfirmButton
          label={t('access.revoke')}
          ariaLabel={t('access.revokeNamed', { name: token.name })}
          question={t('access.revokeConfirm', { name: token.name })}
          yes={t('access.revokeYes')}
          onConfirm={onRevoke}
        />
      </span>
    </li>
  );
}

function NewToken({ workspaceId, role, onCreated }: { workspaceId: string; role: Role; onCreated(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  // A token can have at most the power of the person who makes it.
  const offered = roles.slice(roles.indexOf(role));
  const [tokenRole, setTokenRole] = useState<Role>(offered.includes('viewer') ? 'viewer' : role);
  const [created, setCreated] = useState<string | null>(null);
  const { busy, errors, handleSubmit } = useSubmit(['name', 'role']);
  const onSubmit = handleSubmit(async () => {
    setCreated(null);
    const result = await accessApi.createToken(workspaceId, { name: name.trim(), role: tokenRole });
    setCreated(result.token);
    setName('');
    onCreated();
  });

  return (
    <>
      <InlineForm onSubmit={onSubmit} error={errors.general} submitLabel={t('access.createToken')} disabled={busy || !name.trim()}>
        <TextField label={t('access.tokenName')} error={errors.byField.name} name="tokenName" value={name} maxLength={100} onValue={setName} />
        <RoleField label={t('access.tokenRole')} name="tokenRole" value={tokenRole} options={offered} error={errors.byField.role} onChange={setTokenRole} />
      </InlineForm>
      {created ? (
        <Notice kind="success">
          {t('access.tokenOnce')} <code data-testid="new-token">{created}</code> <CopyButton text={created} />
        </Notice>
      ) : null}
    </>
  );
}
