/**
 * The owner's "require two-factor sign-in" switch of the workspace, with the members who have not turned it on yet.
 * Admins see it; only owners change it, and only with two-factor on their own account.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api';
import { securityApi, type TwoFactorRequirement as Requirement } from '../../api-security';
import { useApiQuery } from '../../api/queries';
import { errorText } from '../../lib/errors';
import { Notice } from '../../components/Field';
import { Link } from '../../router';

export function TwoFactorRequirement({ workspaceId, role }: { workspaceId: string; role: Role }) {
  const { t } = useTranslation();
  const loaded = useApiQuery(['two-factor-requirement', workspaceId], () => securityApi.twoFactorRequirement(workspaceId));
  const [saved, setSaved] = useState<Requirement | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const current = saved ?? loaded.data;

  async function toggle(required: boolean) {
    setBusy(true);
    setError(null);
    try {
      setSaved(await securityApi.setTwoFactorRequirement(workspaceId, required));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const without = current?.membersWithout ?? [];
  return (
    <div className="card" data-testid="two-factor-requirement">
      <h2>{t('security.requirement.title')}</h2>
      {loaded.error ? <Notice kind="error">{errorText(loaded.error)}</Notice> : null}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={current?.required ?? false}
          disabled={busy || !current || role !== 'owner'}
          onChange={(e) => void toggle(e.target.checked)}
        />{' '}
        {t('security.requirement.label')}
      </label>
      <p className="muted">{role === 'owner' ? t('security.requirement.hint') : t('security.requirement.ownersOnly')}</p>
      {error ? (
        <Notice kind="error">
          {errorText(error)} <Link to="/security">{t('security.requirement.goToSecurity')}</Link>
        </Notice>
      ) : null}
      {current && without.length > 0 ? (
        <>
          <p>{t('security.requirement.without', { count: without.length })}</p>
          <ul className="two-factor-requirement__list">
            {without.map((m) => (
              <li key={m.userId}>{m.name || m.email}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
