/**
 * The API calls of account security: two-factor sign-in (enrolment, recovery codes, turning it off, the code step of
 * sign-in), the person's sessions and API tokens, and a workspace's two-factor requirement.
 *
 * @example
 *   const result = await securityApi.signIn({ email, password });
 *   if ('twoFactorRequired' in result) await securityApi.signInWithCode({ challenge: result.challenge, code });
 */
import { request, type Role, type User } from './api';

export interface SignedIn {
  user: User;
  csrfToken: string;
}

export interface CodeNeeded {
  twoFactorRequired: true;
  challenge: string;
  expiresAt: string;
}

export interface TwoFactorStatus {
  enabled: boolean;
  enabledAt: string | null;
  recoveryCodesLeft: number;
  /** The person's workspaces that require two-factor. */
  requiredBy: Array<{ id: string; name: string }>;
}

export interface Enrolment {
  secret: string;
  uri: string;
  /** An SVG data URL, for an <img>. */
  qrCode: string;
}

export interface Proof {
  code?: string;
  password?: string;
}

export interface AccountSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  device: { browser: string | null; os: string | null; mobile: boolean };
  ip: string | null;
  current: boolean;
}

export interface AccountToken {
  id: string;
  name: string;
  role: Role;
  workspace: { id: string; name: string };
  createdAt: string;
  lastUsedAt: string | null;
}

export interface TwoFactorRequirement {
  required: boolean;
  membersWithout: Array<{ userId: string; email: string; name: string }>;
}

export const securityApi = {
  /** The password step: a session, or a challenge to answer with a code when two-factor is on. */
  signIn: (input: { email: string; password: string }) => request<SignedIn | CodeNeeded>('POST', '/auth/login', input),
  signInWithCode: (input: { challenge: string; code?: string; recoveryCode?: string }) =>
    request<SignedIn>('POST', '/auth/login/two-factor', input),

  twoFactorStatus: () => request<TwoFactorStatus>('GET', '/me/two-factor'),
  startEnrolment: () => request<Enrolment>('POST', '/me/two-factor/setup'),
  confirmEnrolment: (code: string) => request<{ recoveryCodes: string[] }>('POST', '/me/two-factor/confirm', { code }),
  newRecoveryCodes: (proof: Proof) => request<{ recoveryCodes: string[] }>('POST', '/me/two-factor/recovery-codes', proof),
  disableTwoFactor: (proof: Proof) => request<void>('POST', '/me/two-factor/disable', proof),

  listSessions: () => request<{ sessions: AccountSession[] }>('GET', '/me/sessions'),
  endSession: (id: string) => request<void>('DELETE', `/me/sessions/${encodeURIComponent(id)}`),
  endOtherSessions: () => request<{ ended: number }>('DELETE', '/me/sessions'),
  listMyTokens: () => request<{ tokens: AccountToken[] }>('GET', '/me/tokens'),

  twoFactorRequirement: (workspaceId: string) => request<TwoFactorRequirement>('GET', `/workspaces/${workspaceId}/two-factor`),
  setTwoFactorRequirement: (workspaceId: string, required: boolean) =>
    request<TwoFactorRequirement>('PUT', `/workspaces/${workspaceId}/two-factor`, { required }),
};
