/**
 * The card around a network's connect form, or its reconnect form when given `reconnect`: the title with the network's
 * logo, the intro, the error that names no field and the confirmation above the fields, then submit and cancel.
 */
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../api';
import { Notice } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { NetworkLogo } from '../../components/NetworkLogo';
import type { useSubmit } from '../../lib/useSubmit';

interface Props {
  network: string;
  /** The title when connecting a new account; a reconnect form is titled with the account's handle. */
  title: string;
  reconnect?: Channel;
  /** One or more paragraphs under the title. */
  intro: ReactNode;
  error: string | null;
  /** The handle just connected, for the confirmation. */
  done: string | null;
  onSubmit(event: FormEvent): void;
  /** The submit button says it is working. */
  busy: boolean;
  disabled: boolean;
  submitLabel: string;
  onCancel?(): void;
  children: ReactNode;
}

export function ConnectForm({ network, title, reconnect, intro, error, done, onSubmit, busy, disabled, submitLabel, onCancel, children }: Props) {
  const { t } = useTranslation();
  return (
    <form
      className={`card form${reconnect ? ' card--attention' : ''}`}
      onSubmit={onSubmit}
      noValidate
      data-testid={reconnect ? 'reconnect-form' : `connect-${network}`}
    >
      <h2>
        <NetworkLogo network={network} size={22} />
        {reconnect ? t('channels.reconnect.title', { handle: reconnect.handle }) : title}
      </h2>
      {intro}
      {error ? <Notice kind="error">{error}</Notice> : null}
      {done ? <Notice kind="success">{t('channels.connectedNamed', { handle: done })}</Notice> : null}
      {children}
      <FormActions className="form__actions" label={submitLabel} busy={busy} disabled={disabled} onCancel={onCancel} />
    </form>
  );
}

/**
 * "Connect with <network>": asks the server to start the sign-in, then the browser leaves for the network's consent
 * page (the form stays busy, as the page is going away). Errors land in the form like any other submit's.
 */
export function leaveForSignIn(submit: ReturnType<typeof useSubmit>['submit'], start: () => Promise<{ authorizeUrl: string }>): void {
  void submit(
    async () => {
      const { authorizeUrl } = await start();
      window.location.assign(authorizeUrl);
    },
    { action: 'oauth', leaves: true },
  );
}
