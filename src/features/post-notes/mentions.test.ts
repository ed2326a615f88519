import assert from 'node:assert/strict';
import { it } from 'node:test';
import { mentionedMembers, mentionHandle, mentionTokens } from './mentions.js';

const members = [
  { userId: 'ana', email: 'ana@example.com', name: 'Ana Silva' },
  { userId: 'bo', email: 'bo@example.com', name: '' },
  { userId: 'lee1', email: 'lee@one.example', name: 'Lee' },
  { userId: 'lee2', email: 'lee@two.example', name: 'Lee' },
];

it('reads @email before @name, drops trailing dots, and ignores addresses written without @', () => {
  assert.deepEqual(mentionTokens('Hi @bo@example.com and @AnaSilva. Mail ana@example.com'), ['bo@example.com', 'AnaSilva']);
});

it('matches members only, by address or by name without spaces (any case), once each; an ambiguous name tells nobody', () => {
  assert.deepEqual(mentionedMembers('@anasilva @BO@EXAMPLE.COM @AnaSilva @Lee @eve@example.com @nobody', members), ['ana', 'bo']);
  assert.deepEqual(mentionedMembers('@lee@two.example', members), ['lee2']);
});

it("a member's handle is their name without spaces, else their address", () => {
  assert.deepEqual(members.map(mentionHandle), ['AnaSilva', 'bo@example.com', 'Lee', 'Lee']);
});
