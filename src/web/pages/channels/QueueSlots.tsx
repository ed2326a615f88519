/**
 * A channel's queue: its weekly slots (weekday and time on the audience's clock), opened from the channel's row.
 * Editors and above add and remove slots and save the whole week at once; others read it. Posts "added to the
 * queue" in the composer take the next free slot.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../api';
import { queueApi, type QueueSlot } from '../../api-queue';
import { useApiQuery } from '../../api/queries';
import { errorText } from '../../lib/errors';
import { weekdayName } from '../../lib/weekSlots';
import { useWorkspace } from '../../session';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

export function QueueSlots({ channel, mayEdit }: { channel: Channel; mayEdit: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="queue-slots">
      <button type="button" className="button button--ghost button--small" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="queue-toggle">
        {open ? t('channels.queue.hide') : t('channels.queue.show')}
      </button>
      {open ? <QueueEditor channel={channel} mayEdit={mayEdit} /> : null}
    </div>
  );
}

function QueueEditor({ channel, mayEdit }: { channel: Channel; mayEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const queue = useApiQuery(['queue', workspace.id, channel.id], () => queueApi.get(workspace.id, channel.id));
  const [slots, setSlots] = useState<QueueSlot[]>([]);
  const [draft, setDraft] = useState<QueueSlot>({ weekday: 1, time: '09:00' });
  const [state, setState] = useState<{ busy: boolean; saved: boolean; error: unknown }>({ busy: false, saved: false, error: null });
  useEffect(() => setSlots(queue.data?.slots ?? []), [queue.data]);

  const add = () => {
    if (!slots.some((s) => s.weekday === draft.weekday && s.time === draft.time)) {
      setSlots([...slots, draft].sort((a, b) => a.weekday - b.weekday || a.time.localeCompare(b.time)));
    }
  };
  async function save(event: FormEvent) {
    event.preventDefault();
    setState({ busy: true, saved: false, error: null });
    try {
      const saved = await queueApi.put(workspace.id, channel.id, { slots });
      setSlots(saved.slots);
      setState({ busy: false, saved: true, error: null });
    } catch (error) {
      setState({ busy: false, saved: false, error });
    }
  }

  if (queue.error) return <p className="field__error" role="alert">{errorText(queue.error)}</p>;
  if (!queue.data) return <p className="muted">{t('common.loading')}</p>;
  return (
    <form className="queue-slots__editor" onSubmit={(e) => void save(e)} data-testid="queue-editor">
      <p className="muted">
        {t('channels.queue.intro', { zone: queue.data.timeZone })} {t('channels.queue.summary', { count: slots.length })}
      </p>
      {slots.length === 0 ? <p className="empty">{t('channels.queue.empty')}</p> : null}
      <ul className="queue-slots__list">
        {slots.map((s) => (
          <li key={`${s.weekday}-${s.time}`} data-testid="queue-slot">
            {weekdayName(s.weekday, i18n.language)} {s.time}
            {mayEdit ? (
              <button type="button" className="button button--ghost button--small" onClick={() => setSlots(slots.filter((o) => o !== s))}>
                {t('channels.queue.remove')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {mayEdit ? (
        <div className="queue-slots__add">
          <label>
            {t('channels.queue.day')}{' '}
            <select value={draft.weekday} onChange={(e) => setDraft({ ...draft, weekday: Number(e.target.value) })} data-testid="queue-day">
              {WEEKDAYS.map((d) => (
                <option key={d} value={d}>
                  {weekdayName(d, i18n.language)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('channels.queue.time')}{' '}
            <input type="time" value={draft.time} onChange={(e) => setDraft({ ...draft, time: e.target.value.slice(0, 5) })} required data-testid="queue-time" />
          </label>
          <button type="button" className="button button--small" onClick={add} data-testid="queue-add">
            {t('channels.queue.add')}
          </button>
          <button type="submit" className="button button--primary button--small" disabled={state.busy} data-testid="queue-save">
            {state.busy ? t('common.working') : t('channels.queue.save')}
          </button>
        </div>
      ) : null}
      {state.saved ? <p role="status">{t('channels.queue.saved')}</p> : null}
      {state.error ? (
        <p className="field__error" role="alert">
          {errorText(state.error)}
        </p>
      ) : null}
    </form>
  );
}
