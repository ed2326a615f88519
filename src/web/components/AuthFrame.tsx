/** The centred card used by first-run and sign-in, with the language switcher in reach before signing in. */
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Notice } from './Field';

export function AuthFrame({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="auth">
      <div className="auth__top">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitcher />
      </div>
      <main className="auth__card card">
        <h1>{title}</h1>
        {intro ? <p className="muted">{intro}</p> : null}
        {children}
      </main>
    </div>
  );
}

/**
 * A form in the auth card: the error that names no field above it, its fields, and one wide submit button that says
 * it is working while busy.
 */
export function AuthForm({
  title,
  intro,
  error,
  onSubmit,
  busy,
  canSubmit = true,
  submitLabel,
  children,
}: {
  title: string;
  intro?: string;
  error: string | null;
  onSubmit(event: FormEvent): void;
  busy: boolean;
  /** False while a required field is still empty. */
  canSubmit?: boolean;
  submitLabel: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <AuthFrame title={title} intro={intro}>
      {error ? <Notice kind="error">{error}</Notice> : null}
      <form className="form" onSubmit={onSubmit} noValidate>
        {children}
        <button type="submit" className="button button--primary button--block" disabled={busy || !canSubmit}>
          {busy ? t('common.working') : submitLabel}
        </button>
      </form>
    </AuthFrame>
  );
}
