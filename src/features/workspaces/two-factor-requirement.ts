/**
 * An owner's switch: everyone in the workspace signs in with two-factor. People without it are kept out of the
 * workspace (403 `two_factor_required`) until they turn it on; the web app then shows them the enrolment screen.
 *
 * API tokens keep working under the requirement: a token is not a sign-in. It was made from a signed-in session
 * (which, under the requirement, needs two-factor), it is scoped to one workspace with a role at most its maker's,
 * an owner or admin can revoke it at any time, and a script cannot type a code. Blocking tokens would only break
 * the team's integrations without making a stolen password any less useless.
 */
import { conflict, forbidden } from '../../core/errors.js';
import { isTwoFactorOn } from '../auth/two-factor.js';
import { twoFactorRepository } from '../auth/two-factor-repository.js';
import { auditRepository } from '../audit/repository.js';
import type { AppContext } from '../../core/context.js';
import type { WorkspaceAccess } from './access.js';

/** Owner only; turning it on needs two-factor on the owner's own account first (409 otherwise). Audited. */
export async function setTwoFactorRequirement(ctx: AppContext, access: WorkspaceAccess, required: boolean): Promise<void> {
  if (access.role !== 'owner') throw forbidden('Only an owner can choose whether this workspace requires two-factor sign-in.');
  if (required && !(await isTwoFactorOn(ctx, access.userId))) {
    throw conflict('two_factor_not_enabled', 'Turn on two-factor sign-in for your own account first, then require it for everyone.', 'required');
  }
  await ctx.database.db.transaction().execute(async (trx) => {
    await twoFactorRepository.setWorkspaceRequirement(trx, access.workspaceId, required);
    await auditRepository.recordBy(trx, access, {
      action: required ? 'two_factor.required' : 'two_factor.not_required',
      targetType: 'workspace',
      targetId: access.workspaceId,
    });
  });
}

export async function twoFactorRequirement(ctx: AppContext, access: WorkspaceAccess) {
  const db = ctx.database.db;
  const required = await twoFactorRepository.workspaceRequires(db, access.workspaceId);
  return { required, membersWithout: await twoFactorRepository.membersWithoutTwoFactor(db, access.workspaceId) };
}
