/**
 * A Pinterest account's settings: the board the Pin is saved to (from the account, or a new one for editors), the
 * title, the link people follow and the image's alt text. The text is the Pin's description.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { composeApi, type Board, type ComposeOptions } from '../../api-compose';
import { errorText } from '../../lib/errors';
import { graphemeLength } from '../../lib/text';
import { TextField } from '../../components/Field';
import { SelectField } from '../../components/Select';
import type { ChannelOptions } from './optionChecks';
import { optionFields, withOption } from './optionFields';

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
  const { text: value, set } = optionFields(options, onChange);

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
      <SelectField label={t('networkOptions.board')} hint={loaded.boards.length === 0 ? t('networkOptions.noBoards') : undefined} value={value('boardId')}
        choices={loaded.boards.map((b) => ({ value: b.id, label: b.name }))} placeholder={t('networkOptions.chooseBoard')} onValue={(id) => set('boardId', id)} />
      {canCreateBoard && loaded.canCreateBoard ? (
        <div className="channel-options__new-board">
          <TextField label={t('networkOptions.newBoard')} error={problem} value={newBoard} maxLength={50} onValue={setNewBoard} />
          <button type="button" className="button" disabled={creating || !newBoard.trim()} onClick={() => void createBoard()}>
            {creating ? t('common.working') : t('networkOptions.createBoard')}
          </button>
        </div>
      ) : null}
      <div className="channel-options__grid">
        <TextField label={t('networkOptions.title')} hint={`${graphemeLength(value('title'))} / ${loaded.maxTitleLength}`} value={value('title')}
          onValue={(v) => set('title', v)} />
        <TextField label={t('networkOptions.link')} hint={t('networkOptions.linkHint')} type="url" value={value('link')} placeholder="https://"
          onValue={(v) => set('link', v)} />
      </div>
      <TextField label={t('networkOptions.altText')} hint={t('networkOptions.altTextHint')} value={value('altText')} maxLength={500}
        onValue={(v) => set('altText', v)} />
    </>
  );
}
