/**
 * The page a client approval link opens (`#/approve/<token>`), for someone without an account: no app chrome, the
 * workspace's name, each post as each network will show it, and Approve / Request changes with a comment. Works signed
 * out; the language follows the browser, with a switch. Everything the client or the team typed is rendered as text.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clientApprovalsApi } from '../../api-client-approvals';
import { useApiQuery } from '../../api/queries';
import { errorText } from '../../lib/errors';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { Notice, TextField } from '../../components/Field';
import { ClientPostCard } from './ClientPostCard';
import './client-approval.css';

export function ClientApprovalPage({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const view = useApiQuery(['client-approval', token], () => clientApprovalsApi.view(token));
  const [name, setName] = useState('');
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(iso));
  return (
    <div className="client-approval" data-testid="client-approval">
      <div className="client-approval__top">
        <span className="brand">{view.data?.workspaceName || t('app.name')}</span>
        <LanguageSwitcher />
      </div>
      <main className="client-approval__main">
        <h1>{t('clientApproval.title')}</h1>
        {view.error ? <Notice kind="error">{errorText(view.error)}</Notice> : null}
        {!view.data && !view.error ? <p className="page-loading">{t('common.loading')}</p> : null}
        {view.data ? (
          <>
            <p className="muted">{t('clientApproval.intro', { workspace: view.data.workspaceName, date: date(view.data.expiresAt) })}</p>
            {view.data.note ? (
              <blockquote className="client-approval__note card" data-testid="client-approval-note">
                {view.data.note}
              </blockquote>
            ) : null}
            <div className="client-approval__name card">
              <TextField label={t('clientApproval.name')} hint={t('clientApproval.nameHint')} value={name} onValue={setName} maxLength={100} autoComplete="name" />
            </div>
            {view.data.posts.length === 0 ? <p className="empty card">{t('clientApproval.empty')}</p> : null}
            {view.data.posts.map((post) => (
              <ClientPostCard key={post.id} token={token} post={post} name={name} onDecided={view.reload} />
            ))}
          </>
        ) : null}
      </main>
    </div>
  );
}
