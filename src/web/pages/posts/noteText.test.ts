import assert from 'node:assert/strict';
import { it } from 'node:test';
import { mentionAtCaret, mentionSuggestions, notePieces } from './noteText';

const ana = { handle: 'AnaSilva', name: 'Ana Silva', email: 'ana@example.com' };
const bo = { handle: 'bo@example.com', name: '', email: 'bo@example.com' };

it('highlights the mentions the server recognised, by handle or address, and leaves other @words plain', () => {
  assert.deepEqual(notePieces('Hi @anasilva, @nobody and @bo@example.com.', [ana, bo]), [
    { text: 'Hi ', mention: false },
    { text: '@anasilva', mention: true },
    { text: ', @nobody and ', mention: false },
    { text: '@bo@example.com', mention: true },
    { text: '.', mention: false },
  ]);
  assert.deepEqual(notePieces('@AnaSilvaX', [ana]), [{ text: '@AnaSilvaX', mention: false }]);
});

it('finds the @word at the caret and suggests members for it', () => {
  assert.deepEqual(mentionAtCaret('ask @an', 7), { start: 4, query: 'an' });
  assert.equal(mentionAtCaret('mail a@b', 8), null, 'an address being typed is not a mention');
  assert.equal(mentionAtCaret('ask @ana now', 12), null);
  assert.deepEqual(mentionSuggestions([ana, bo], 'an'), [ana]);
  assert.deepEqual(mentionSuggestions([ana, bo], ''), [ana, bo]);
});
