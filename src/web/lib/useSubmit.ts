/**
 * What a form's submit is doing: which action is under way, and the last error split between the form's fields (see
 * `formErrors`). Each run clears the previous error; a failure ends the run and keeps the error.
 *
 * `handleSubmit(work)` is the same run as a form's `onSubmit` handler: it keeps the browser from sending the form itself.
 *
 * @example
 *   const { busy, errors, handleSubmit } = useSubmit(FIELDS);
 *   const onSubmit = handleSubmit(async () => { await api.login({ email, password }); onSignedIn(); }, { leaves: true });
 *   return <form onSubmit={onSubmit}>…</form>;
 */
import { useState, type FormEvent } from 'react';
import { formErrors } from './errors';

interface SubmitOptions {
  /** Names the run in `running`, for a form with more than one action (default `'submit'`). */
  action?: string;
  /** The work ends by leaving this form (signed in, sent elsewhere): on success it stays busy until it is gone. */
  leaves?: boolean;
}

export function useSubmit(fields: readonly string[], aliases?: Record<string, string>) {
  const [running, setRunning] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function submit(work: () => Promise<unknown>, { action = 'submit', leaves = false }: SubmitOptions = {}) {
    setRunning(action);
    setError(null);
    try {
      await work();
      if (!leaves) setRunning(null);
    } catch (e) {
      setError(e);
      setRunning(null);
    }
  }

  function handleSubmit(work: () => Promise<unknown>, options?: SubmitOptions) {
    return (event: FormEvent) => {
      event.preventDefault();
      void submit(work, options);
    };
  }

  // `error` is the raw last error, for forms that place it more finely than by field name (a rule of a list).
  return { busy: running !== null, running, error, errors: formErrors(error, fields, aliases), submit, handleSubmit };
}
