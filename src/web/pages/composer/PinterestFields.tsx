/**
 * A Pinterest account's settings: the board the Pin is saved to (from the account, or a new one for editors), the
 * title, the link people follow and the image's alt text. The text is the Pin's description.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { composeApi, type Board, type ComposeOptions } from '../../api-compose';
import { errorText } from '../../lib/errors';
import { graphemeLength } from '../../lib/text';
import { Field } from '../../components/Field';
import type { ChannelOptions } from './optionChecks';
import { withOption } from './YouTubeFields';

type Pinterest = Extract<ComposeOptions, { network: 'pinterest' }>;

interface Props {
  workspaceId: string;
  channelId: string;
  loaded: Pinterest;
  options: ChannelOptions;
  onChange(next: ChannelOptions): void;
  /** Editors and above may create boards (it changes the account on Pinterest). */
  canCreateBoard: boolean;
  onBoardCreated(board: Board): void;
}

export function PinterestFields({ workspaceId, channelId, loaded, options, onChange, canCreateBoard, onBoardCreated }: Props) {
  const { t } = useTranslation();
  const [newBoard, setNewBoard] = useState('');
  const [creating, setCreating] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const value = (key: string) => (typeof options[key] === 'string' ? (options[key] as string) : '');
  const set = (key: string, next: string) => onChange(withOption(options, key, next));

  async function createBoard() {
    setCreating(true);
    setProblem(null);
    try {
      const board = await composeApi.createBoard(workspaceId, channelId, { name: newBoard.trim() });
      onBoardCreated(board);
      onChange(withOption(options, 'boardId', board.id));
      setNewBoard('');
    } catch (e) {
      setProblem(errorText(e));
    } finally {
      setCreating(false);
    }
  }

  return (
    <>
      <Field label={t('networkOptions.board')} hint={loaded.boards.length === 0 ? t('networkOptions.noBoards') : undefined}>
        <select value={value('boardId')} onChange={(e) => set('boardId', e.target.value)}>
          <option value="">{t('networkOptions.chooseBoard')}</option>
          {loaded.boards.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </Field>
      {canCreateBoard && loaded.canCreateBoard ? (
        <div className="channel-options__new-board">
          <Field label={t('networkOptions.newBoard')} error={problem}>
            <input value={newBoard} maxLength={50} onChange={(e) => setNewBoard(e.target.value)} />
          </Field>
          <button type="button" className="button" disabled={creating || !newBoard.trim()} onClick={() => void createBoard()}>
            {creating ? t('common.working') : t('networkOptions.createBoard')}
          </button>
        </div>
      ) : null}
      <div className="channel-options__grid">
        <Field label={t('networkOptions.title')} hint={`${graphemeLength(value('title'))} / ${loaded.maxTitleLength}`}>
          <input value={value('title')} onChange={(e) => set('title', e.target.value)} />
        </Field>
        <Field label={t('networkOptions.link')} hint={t('networkOptions.linkHint')}>
          <input type="url" value={value('link')} placeholder="https://" onChange={(e) => set('link', e.target.value)} />
        </Field>
      </div>
      <Field label={t('networkOptions.altText')} hint={t('networkOptions.altTextHint')}>
        <input value={value('altText')} maxLength={500} onChange={(e) => set('altText', e.target.value)} />
      </Field>
    </>
  );
}
