/**
 * An X thread: follow-up posts under the first, each published as a reply to the one before (the X variant's
 * `options.thread`). Every box has its own counter by X's weighting and the server's violations about it; boxes
 * can be moved and removed, and the previews show the thread in order.
 */
import { useTranslation } from 'react-i18next';
import type { Channel, ChannelLimits, Violation } from '../../api';
import { Counter } from './Counter';
import { PostPreview } from './PostPreview';
import { violationText } from './violations';
import './options.css';

/** Chorus posts up to 25 follow-ups in one thread (src/networks/x/rules.ts, X_MAX_THREAD_POSTS). */
export const MAX_THREAD_POSTS = 25;

/** The thread saved in a post's X options, or none. */
export function threadOf(options: Record<string, unknown> | undefined): string[] {
  const thread = options?.['thread'];
  return Array.isArray(thread) ? thread.filter((t): t is string => typeof t === 'string') : [];
}

/** `options.thread[2]` → 2; the thread as a whole → null. */
export const threadIndex = (field: string): number | null => {
  const m = /^options\.thread\[(\d+)\]/.exec(field);
  return m ? Number(m[1]) : null;
};

/** A server violation about the thread: shown in the thread's boxes, not under the form. */
export const aboutThread = (v: Violation): boolean => v.network === 'x' && v.field.startsWith('options.thread');

interface Props {
  thread: string[];
  onChange(next: string[]): void;
  limits: Pick<ChannelLimits, 'maxGraphemes' | 'maxBytes' | 'urlLength'>;
  violations: Violation[];
}

export function ThreadFields({ thread, onChange, limits, violations }: Props) {
  const { t } = useTranslation();
  const mine = violations.filter(aboutThread);
  // Several X channels get the same thread: one line per problem is enough.
  const lines = (i: number | null) => [...new Set(mine.filter((v) => threadIndex(v.field) === i).map(violationText))];
  const move = (from: number, to: number) => {
    const next = [...thread];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange(next);
  };

  return (
    <section className="thread" aria-label={t('composer.thread.title')} data-testid="thread">
      {thread.map((post, i) => {
        const errors = lines(i);
        return (
          <div key={i} className="field thread__post" data-testid={`thread-post-${i + 1}`}>
            <label htmlFor={`thread-${i}`}>{t('composer.thread.post', { n: i + 2, total: thread.length + 1 })}</label>
            <textarea
              id={`thread-${i}`}
              rows={3}
              value={post}
              onChange={(e) => onChange(thread.map((p, j) => (j === i ? e.target.value : p)))}
              aria-invalid={errors.length > 0 || undefined}
              data-testid={`thread-text-${i + 1}`}
            />
            <div className="field__row">
              <span className="field__row-start">
                <button type="button" className="link-button" disabled={i === 0} onClick={() => move(i, i - 1)}>
                  {t('composer.thread.up')}
                </button>{' '}
                <button type="button" className="link-button" disabled={i === thread.length - 1} onClick={() => move(i, i + 1)}>
                  {t('composer.thread.down')}
                </button>{' '}
                <button type="button" className="link-button" onClick={() => onChange(thread.filter((_, j) => j !== i))} data-testid={`thread-remove-${i + 1}`}>
                  {t('composer.thread.remove')}
                </button>
              </span>
              <Counter network="x" text={post} limits={limits} testId={`thread-counter-${i + 1}`} />
            </div>
            {errors.map((line) => (
              <p key={line} className="field__error" role="alert">
                {line}
              </p>
            ))}
          </div>
        );
      })}
      {lines(null).map((line) => (
        <p key={line} className="field__error" role="alert">
          {line}
        </p>
      ))}
      <button type="button" className="button" disabled={thread.length >= MAX_THREAD_POSTS} onClick={() => onChange([...thread, ''])} data-testid="thread-add">
        {t('composer.thread.add')}
      </button>
    </section>
  );
}

/** The follow-ups as they will appear under the first post, for each X account. */
export function ThreadPreview({ channel, thread }: { channel: Channel; thread: string[] }) {
  const { t } = useTranslation();
  if (thread.length === 0) return null;
  return (
    <ol className="thread-preview" aria-label={t('composer.thread.preview')}>
      {thread.map((post, i) => (
        <li key={i}>
          <PostPreview channel={channel} text={post} media={[]} limits={channel.limits} testId={`preview-thread-${i + 1}`} />
        </li>
      ))}
    </ol>
  );
}
