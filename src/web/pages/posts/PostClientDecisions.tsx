/** What clients decided on the post through approval links (`GET …/posts/{postId}/client-decisions`), newest first; nothing when none did. */
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/queries';
import { clientApprovalsApi } from '../../api-client-approvals';
import '../approvals/client-links.css';

export function PostClientDecisions({ workspaceId, postId }: { workspaceId: string; postId: string }) {
  const { t, i18n } = useTranslation();
  const query = useApiQuery(['client-decisions', workspaceId, postId], () => clientApprovalsApi.ofPost(workspaceId, postId));
  const decisions = query.data?.decisions ?? [];
  if (decisions.length === 0) return null;
  const format = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <section aria-labelledby="post-client-decisions-title" data-testid="post-client-decisions">
      <h2 id="post-client-decisions-title">{t('clientLinks.decisionsTitle')}</h2>
      <ul className="card">
        {decisions.map((d) => (
          <li key={d.linkId}>
            {t(`clientLinks.decision.${d.decision}`, { name: d.name || t('clientLinks.client') })} · <span className="muted">{format(d.decidedAt)}</span>
            {d.comment ? <q className="client-links__comment">{d.comment}</q> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
