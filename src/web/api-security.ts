/**
 * The API calls of account security: two-factor sign-in (enrolment, recovery codes, turning it off, the code step of
 * sign-in), the person's sessions and API tokens, and a workspace's two-factor requirement.
 *
 * @example
 *   const result = await securityApi.signIn({ email, password });
 *   if ('twoFactorRequired' in result) await securityApi.signInWithCode({ challenge: result.challenge, code });
 */
import { answer, client, done } from './api/client';
import type { Answer, Input } from './api/types';

export type SignedIn = Extract<Answer<'/api/v1/auth/login', 'post'>, { csrfToken: string }>;
export type CodeNeeded = Extract<Answer<'/api/v1/auth/login', 'post'>, { twoFactorRequired: true }>;
export type TwoFactorStatus = Answer<'/api/v1/me/two-factor', 'get'>;
export type Enrolment = Answer<'/api/v1/me/two-factor/setup', 'post'>;
export type Proof = Input<'/api/v1/me/two-factor/disable', 'post'>;
export type AccountSession = Answer<'/api/v1/me/sessions', 'get'>['sessions'][number];
export type AccountToken = Answer<'/api/v1/me/tokens', 'get'>['tokens'][number];
export type TwoFactorRequirement = Answer<'/api/v1/workspaces/{ws}/two-factor', 'get'>;

const inWs = (ws: string) => ({ params: { path: { ws } } });

export const securityApi = {
  /** The password step: a session, or a challenge to answer with a code when two-factor is on. */
  signIn: (body: Input<'/api/v1/auth/login', 'post'>) => answer(client.POST('/api/v1/auth/login', { body })),
  signInWithCode: (body: Input<'/api/v1/auth/login/two-factor', 'post'>) =>
    answer(client.POST('/api/v1/auth/login/two-factor', { body })),

  twoFactorStatus: () => answer(client.GET('/api/v1/me/two-factor')),
  startEnrolment: () => answer(client.POST('/api/v1/me/two-factor/setup')),
  confirmEnrolment: (code: string) => answer(client.POST('/api/v1/me/two-factor/confirm', { body: { code } })),
  newRecoveryCodes: (body: Proof) => answer(client.POST('/api/v1/me/two-factor/recovery-codes', { body })),
  disableTwoFactor: (body: Proof) => done(client.POST('/api/v1/me/two-factor/disable', { body })),

  listSessions: () => answer(client.GET('/api/v1/me/sessions')),
  endSession: (id: string) => done(client.DELETE('/api/v1/me/sessions/{id}', { params: { path: { id } } })),
  endOtherSessions: () => answer(client.DELETE('/api/v1/me/sessions')),
  listMyTokens: () => answer(client.GET('/api/v1/me/tokens')),

  twoFactorRequirement: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/two-factor', inWs(ws))),
  setTwoFactorRequirement: (ws: string, required: boolean) =>
    answer(client.PUT('/api/v1/workspaces/{ws}/two-factor', { ...inWs(ws), body: { required } })),
};
