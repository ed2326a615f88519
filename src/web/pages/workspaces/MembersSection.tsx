/**
 * The team: members and people still invited. Admins and owners invite (a one-time link to hand over), change
 * roles and remove people; removing someone also ends the API tokens they made here, which the confirmation says.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api';
import { accessApi, type TeamMember } from '../../api-access';
import { useSession } from '../../session';
import { useApiQuery } from '../../api/queries';
import { can, roles } from '../../lib/roles';
import { errorText } from '../../lib/errors';
import { useSubmit } from '../../lib/useSubmit';
import { Notice, TextField } from '../../components/Field';
import { InlineForm } from '../../components/InlineForm';
import { CopyButton } from '../../components/CopyButton';
import { ConfirmButton } from '../../components/ConfirmButton';
import { RoleField } from '../../components/RoleField';

export function MembersSection({ workspaceId, role }: { workspaceId: string; role: Role }) {
  const { t } = useTranslation();
  const team = useApiQuery(['members', workspaceId], () => accessApi.listTeam(workspaceId));
  const [removed, setRemoved] = useState<{ email: string; tokens: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const manage = can.manageMembers(role);
  const members = team.data?.members ?? [];
  // The last owner cannot leave (the server answers 409 last_owner): no button that can only fail.
  const owners = members.filter((m) => m.role === 'owner' && m.status === 'active').length;
  const removable = (m: TeamMember) => manage && (m.role !== 'owner' || (role === 'owner' && owners > 1) || m.status === 'invited');

  async function remove(member: TeamMember) {
    setError(null);
    try {
      const result = await accessApi.removeMember(workspaceId, member.userId);
      setRemoved({ email: member.email, tokens: result.tokensRevoked });
      team.reload();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="card" data-testid="members">
      <h2>{t('workspace.members')}</h2>
      {team.error ? <Notice kind="error">{errorText(team.error)}</Notice> : null}
      {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
      {removed ? (
        <Notice kind="success">
          {t('access.removed', { email: removed.email })}
          {removed.tokens > 0 ? ` ${t('access.tokensStopped', { count: removed.tokens })}` : ''}
        </Notice>
      ) : null}
      <ul className="member-list">
        {members.map((m) => (
          <MemberRow key={m.userId} member={m} canRemove={removable(m)} onRemove={() => void remove(m)} />
        ))}
      </ul>
      {manage ? <InviteForm workspaceId={workspaceId} role={role} onInvited={team.reload} /> : null}
    </div>
  );
}

function MemberRow({ member, canRemove, onRemove }: { member: TeamMember; canRemove: boolean; onRemove(): void }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const who = member.name || member.email;
  return (
    <li data-testid="member" data-email={member.email}>
      <span>
        <strong>{who}</strong>
        {member.name ? <span className="muted"> {member.email}</span> : null}
        {member.userId === user.id ? <span className="muted"> {t('access.you')}</span> : null}
        {member.status === 'invited' && member.expiresAt ? (
          <span className="muted">
            {' '}
            {new Date(member.expiresAt) > new Date()
              ? t('access.invitedUntil', { date: new Date(member.expiresAt).toLocaleDateString(i18n.language) })
              : t('access.inviteExpired')}
          </span>
        ) : null}
      </span>
      <span className="member-list__actions">
        <span className="pill">{t(`roles.${member.role}`)}</span>
        {member.status === 'invited' ? <span className="pill pill--muted">{t('access.invited')}</span> : null}
        {canRemove ? (
          <ConfirmButton
            label={t('access.remove')}
            ariaLabel={t('access.removeNamed', { who })}
            question={t('access.removeConfirm', { who })}
            yes={t('access.removeYes')}
            onConfirm={onRemove}
          />
        ) : null}
      </span>
    </li>
  );
}

function InviteForm({ workspaceId, role, onInvited }: { workspaceId: string; role: Role; onInvited(): void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [newRole, setNewRole] = useState<Role>('editor');
  const [invited, setInvited] = useState<{ email: string; url: string | null } | null>(null);
  const { busy, errors, handleSubmit } = useSubmit(['email', 'role']);
  // Only owners make owners; the server says the same.
  const offered = role === 'owner' ? roles : roles.filter((r) => r !== 'owner');
  const onSubmit = handleSubmit(async () => {
    setInvited(null);
    const result = await accessApi.invite(workspaceId, { email: email.trim(), role: newRole });
    setInvited({ email: result.member.email, url: result.inviteUrl });
    setEmail('');
    onInvited();
  });

  return (
    <>
      <InlineForm onSubmit={onSubmit} error={errors.general} submitLabel={t('workspace.invite')} disabled={busy || !email.trim()}>
        <TextField label={t('workspace.inviteEmail')} error={errors.byField.email} type="email" name="email" value={email} onValue={setEmail} />
        <RoleField label={t('workspace.inviteRole')} value={newRole} options={offered} error={errors.byField.role} onChange={setNewRole} />
      </InlineForm>
      {invited?.url ? (
        <Notice kind="success">
          {t('workspace.inviteReady')} <code className="invite-url" data-testid="invite-url">{invited.url}</code>{' '}
          <CopyButton text={invited.url} />
        </Notice>
      ) : invited ? (
        <Notice kind="success">{t('access.roleChanged', { email: invited.email })}</Notice>
      ) : null}
    </>
  );
}
