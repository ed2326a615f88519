/**
 * Client approval links on the approvals page (editors and above): make one for a week of posts (or, from a post's
 * row, for that post), copy its address (shown once: the server keeps only a hash), see what the client decided on
 * each post, and withdraw a link. Everything the client typed is rendered as text.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { clientApprovalsApi, type ClientApprovalInput, type ClientApprovalLink } from '../../api-client-approvals';
import type { Loaded } from '../../api/queries';
import { errorText } from '../../lib/errors';
import { Notice, TextField } from '../../components/Field';
import { CopyButton } from '../../components/CopyButton';
import { ConfirmButton } from '../../components/ConfirmButton';

interface Props {
  workspaceId: string;
  links: Loaded<{ links: ClientApprovalLink[] }>;
  /** The address of the link just made (shown once), from this form or a post's row. */
  created: string | null;
  onCreate(body: ClientApprovalInput): Promise<void>;
}

function NewLinkForm({ onCreate }: Pick<Props, 'onCreate'>) {
  const { t } = useTranslation();
  const [weekOf, setWeekOf] = useState('');
  const [email, setEmail] = useState('');
  const [days, setDays] = useState('7');
  const [note, setNote] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void onCreate({ weekOf, expiresInDays: Number(days), ...(email.trim() && { email: email.trim() }), ...(note.trim() && { note: note.trim() }) });
  };
  return (
    <form className="client-links__form" onSubmit={submit} data-testid="client-link-form">
      <TextField label={t('clientLinks.weekOf')} type="date" required value={weekOf} onValue={setWeekOf} />
      <TextField label={t('clientLinks.email')} hint={t('clientLinks.emailHint')} type="email" value={email} onValue={setEmail} />
      <TextField label={t('clientLinks.days')} type="number" min={1} max={30} value={days} onValue={setDays} />
      <TextField label={t('clientLinks.note')} value={note} onValue={setNote} maxLength={1000} />
      <button type="submit" className="button button--primary">
        {t('clientLinks.create')}
      </button>
    </form>
  );
}

function LinkRow({ link, onRevoke }: { link: ClientApprovalLink; onRevoke(): void }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(iso));
  return (
    <li className="card client-links__link" data-testid={`client-link-${link.id}`}>
      <p>
        <strong>{t(`clientLinks.state.${link.state}`)}</strong> · {t('clientLinks.posts', { count: link.postIds.length })} ·{' '}
        {t('clientLinks.expires', { date: date(link.expiresAt) })}
        {link.email ? ` · ${link.email}` : ''}
      </p>
      {link.decisions.length === 0 ? <p className="muted">{t('clientLinks.noDecision')}</p> : null}
      <ul className="client-links__decisions">
        {link.decisions.map((d) => (
          <li key={d.postId} data-testid="client-link-decision">
            {t(`clientLinks.decision.${d.decision}`, { name: d.name || t('clientLinks.client') })}
            {d.comment ? <q className="client-links__comment">{d.comment}</q> : null}
          </li>
        ))}
      </ul>
      {link.state === 'active' ? (
        <div className="actions">
          <ConfirmButton label={t('clientLinks.revoke')} ariaLabel={t('clientLinks.revoke')} question={t('clientLinks.revokeQuestion')} yes={t('clientLinks.revokeYes')} onConfirm={onRevoke} />
        </div>
      ) : null}
    </li>
  );
}

export function ClientLinks({ workspaceId, links, created, onCreate }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const revoke = async (linkId: string) => {
    setError(null);
    try {
      await clientApprovalsApi.revoke(workspaceId, linkId);
      links.reload();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="client-links" data-testid="client-links">
      <h2>{t('clientLinks.title')}</h2>
      <p className="muted">{t('clientLinks.intro')}</p>
      {created ? (
        <Notice kind="success">
          {t('clientLinks.created')} <code data-testid="client-link-url">{created}</code> <CopyButton text={created} />
        </Notice>
      ) : null}
      {links.error ? <Notice kind="error">{errorText(links.error)}</Notice> : null}
      {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
      <NewLinkForm onCreate={onCreate} />
      <ul className="client-links__list">
        {(links.data?.links ?? []).map((link) => (
          <LinkRow key={link.id} link={link} onRevoke={() => void revoke(link.id)} />
        ))}
      </ul>
    </section>
  );
}
