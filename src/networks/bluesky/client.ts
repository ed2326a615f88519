/**
 * Talking to a Bluesky PDS: logging in, resuming a saved session for one call, refreshing it, and turning every
 * failure into a `NetworkError` the publisher can act on.
 *
 * Sessions: `createSession` returns an access token (minutes) and a refresh token (weeks). A call resumes the saved
 * pair; @atproto/api's `CredentialSession` refreshes an expired access token by itself and we save the new pair. When
 * the refresh token is dead too, we log in again with the stored app password, once, and replay the call (every call
 * we make is safe to replay: posts use a record key derived from the idempotency key).
 */
import { Agent, BlobRef, CredentialSession, XRPCError, jsonToLex, type AtpSessionData, type AtpSessionEvent } from '@atproto/api';
import { NetworkError, retryAfterFromHeaders, type Credentials, type MediaBytes } from '../connector.js';
import { FORM_READ_BYTES, rangeStream } from '../multipart.js';
import { guardedFetch, unsafeAddressIn } from '../safe-fetch.js';

export interface BlueskyClientOptions {
  /** Where sessions are created and refreshed (the entryway, e.g. bsky.social, or a self-hosted PDS). */
  service: string;
  /** The account's own PDS, where its repository lives (learnt at login from its DID document). */
  pdsUrl?: string | null;
  /** Default: every connection checked (safe-fetch.ts), trusting only `trustedOrigins`. */
  fetch?: typeof fetch;
  /** The operator's configured service and AppView: the only origins reached without the address check. */
  trustedOrigins?: ReadonlyArray<string | undefined>;
  /** Per request; a timeout counts as a transient error. */
  timeoutMs?: number;
}

/** What a channel stores for Bluesky. All strings, as `Credentials` requires. */
export interface BlueskyCredentials {
  identifier: string;
  appPassword: string;
  accessJwt: string;
  refreshJwt: string;
  did: string;
  handle: string;
  /** The login service the tokens belong to. */
  service: string;
}

const DEFAULT_TIMEOUT_MS = 120_000;
/** When a 429 carries no usable header, wait this long (the write budget is hourly; a minute is a gentle floor). */
const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;

// Error names from the com.atproto lexicons and the PDS (XRPC `error` field).
const AUTH_ERRORS = new Set([
  'AuthenticationRequired',
  'ExpiredToken',
  'InvalidToken',
  'AccountTakedown',
  'AccountDeactivated',
  'AuthFactorTokenRequired',
]);
const NOT_FOUND_ERRORS = new Set(['NotFound', 'RecordNotFound', 'BlobNotFound', 'RepoNotFound', 'ActorNotFound']);

/**
 * Maps anything thrown while talking to Bluesky to a `NetworkError`. `action` completes "while ...", e.g.
 * "publishing a post", so the message tells a person what failed.
 *
 * @example
 *   toNetworkError(new XRPCError(429, 'RateLimitExceeded', 'Rate Limit Exceeded', { 'retry-after': '30' }), 'publishing')
 *   // → NetworkError { kind: 'rate_limited', details: { status: 429, retryAfterMs: 30000 } }
 */
export function toNetworkError(err: unknown, action: string): NetworkError {
  if (err instanceof NetworkError) return err;
  const network = 'bluesky' as const;
  const unsafe = unsafeAddressIn(err);
  if (unsafe) return new NetworkError('rejected', `Chorus did not contact Bluesky while ${action}: ${unsafe.message}`, { network }, { cause: unsafe });
  if (err instanceof XRPCError) {
    const status = err.status as number;
    const name = err.error ?? '';
    const said = err.message || name || `HTTP ${status}`;
    if (status === 429 || name === 'RateLimitExceeded') {
      const retryAfterMs = retryAfterFromHeaders(err.headers ?? {}) ?? DEFAULT_RATE_LIMIT_WAIT_MS;
      return new NetworkError('rate_limited', `Bluesky is rate limiting this account while ${action}: ${said}`, {
        status: 429,
        retryAfterMs,
        network,
      });
    }
    if (AUTH_ERRORS.has(name) || status === 401) {
      return new NetworkError('auth', `Bluesky refused this account's session while ${action}: ${said}`, { status, network });
    }
    if (NOT_FOUND_ERRORS.has(name) || (status === 404 && name !== 'XRPCNotSupported' && name !== 'MethodNotImplemented')) {
      return new NetworkError('not_found', `Bluesky could not find it while ${action}: ${said}`, { status, network });
    }
    // 1 = no response at all (connection refused, timeout), 2 = a response that did not match the lexicon
    // (version skew between us and the server; retried a few times, then given up by the publisher).
    if (status >= 500 || status === 1 || status === 2) {
      return new NetworkError('transient', `Bluesky did not answer properly while ${action}: ${said}`, {
        ...(status >= 500 ? { status } : {}),
        network,
      });
    }
    return new NetworkError('rejected', `Bluesky refused while ${action}: ${said}`, { status, network });
  }
  const message = err instanceof Error ? describeCause(err) : String(err);
  return new NetworkError('transient', `Could not reach Bluesky while ${action}: ${message}`, { network });
}

function describeCause(err: Error): string {
  const cause = (err as { cause?: unknown }).cause;
  return cause instanceof Error ? `${err.message} (${cause.message})` : err.message;
}

/** Reads the Bluesky fields of stored credentials, failing with an `auth` error naming what is missing. */
export function readCredentials(credentials: Credentials, fallbackService: string): BlueskyCredentials {
  const identifier = credentials['identifier'] ?? '';
  const appPassword = credentials['appPassword'] ?? '';
  if (!credentials['accessJwt'] && !appPassword) {
    throw new NetworkError('auth', 'This Bluesky channel has neither a session nor an app password; reconnect it.', {
      network: 'bluesky',
    });
  }
  return {
    identifier,
    appPassword,
    accessJwt: credentials['accessJwt'] ?? '',
    refreshJwt: credentials['refreshJwt'] ?? '',
    did: credentials['did'] ?? '',
    handle: credentials['handle'] ?? identifier,
    service: credentials['service'] || fallbackService,
  };
}

/**
 * One session with one account's PDS. Create it with `login` (connect) or `resume` (every other call), run calls
 * with `call`, then read `credentials` (and `changed`) to save refreshed tokens.
 */
export class BlueskyClient {
  readonly agent: Agent;
  private readonly session: CredentialSession;
  private readonly fetchWithTimeout: typeof fetch;
  private stored: BlueskyCredentials;
  private tokensChanged = false;

  private constructor(options: BlueskyClientOptions, stored: BlueskyCredentials) {
    this.stored = stored;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const baseFetch = options.fetch ?? guardedFetch({ trustedOrigins: options.trustedOrigins ?? [] });
    const fetchWithTimeout: typeof fetch = (input, init) =>
      baseFetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
    this.fetchWithTimeout = fetchWithTimeout;
    this.session = new CredentialSession(new URL(stored.service), fetchWithTimeout, (event, data) =>
      this.onSessionEvent(event, data),
    );
    if (options.pdsUrl) this.session.pdsUrl = new URL(options.pdsUrl);
    this.agent = new Agent(this.session);
  }

  /** Logs in with a handle (or email, or DID) and an app password. Wrong ones → NetworkError('auth'). */
  static async login(options: BlueskyClientOptions, identifier: string, appPassword: string): Promise<BlueskyClient> {
    const client = new BlueskyClient(options, {
      identifier,
      appPassword,
      accessJwt: '',
      refreshJwt: '',
      did: '',
      handle: identifier,
      service: options.service,
    });
    await client.logIn();
    return client;
  }

  /** Resumes saved tokens without a network round trip; the first call refreshes them if they expired. */
  static resume(options: BlueskyClientOptions, credentials: Credentials): BlueskyClient {
    const stored = readCredentials(credentials, options.service);
    const client = new BlueskyClient({ ...options, service: stored.service }, stored);
    if (stored.accessJwt && stored.refreshJwt && stored.did) {
      client.session.session = {
        accessJwt: stored.accessJwt,
        refreshJwt: stored.refreshJwt,
        did: stored.did,
        handle: stored.handle,
        active: true,
      };
    }
    return client;
  }

  get did(): string {
    return this.session.did ?? this.stored.did;
  }

  get handle(): string {
    return this.session.session?.handle ?? this.stored.handle;
  }

  /** The PDS that holds the repository (from the DID document), else the login service. */
  get pdsUrl(): string {
    return (this.session.pdsUrl ?? this.session.serviceUrl).origin;
  }

  /** True when tokens were refreshed or a new login happened: the caller must save `credentials`. */
  get changed(): boolean {
    return this.tokensChanged;
  }

  get credentials(): Credentials {
    const current = this.session.session;
    const creds: BlueskyCredentials = {
      ...this.stored,
      ...(current
        ? { accessJwt: current.accessJwt, refreshJwt: current.refreshJwt, did: current.did, handle: current.handle }
        : {}),
    };
    return { ...creds };
  }

  /**
   * Runs `fn` with the session, mapping errors. When the session is dead (refresh refused), logs in again with the
   * app password and runs `fn` once more.
   */
  async call<T>(action: string, fn: (agent: Agent) => Promise<T>): Promise<T> {
    if (!this.session.hasSession) await this.logIn();
    try {
      return await fn(this.agent);
    } catch (err) {
      const mapped = toNetworkError(err, action);
      if (mapped.kind !== 'auth' || !this.stored.appPassword) throw mapped;
      await this.logIn();
      try {
        return await fn(this.agent);
      } catch (again) {
        throw toNetworkError(again, action);
      }
    }
  }

  /**
   * `com.atproto.repo.uploadBlob` with the file streamed from the media store range by range, for videos (up to
   * 100 MB on Bluesky). Not through @atproto/api: its `uploadBlob` is typed for a string, bytes or a Blob (the whole
   * file in memory), and although its XRPC client passes a stream on, it sends with `redirect: 'follow'`, under which
   * Node's fetch keeps a copy of every chunk sent to replay after a redirect. Here: the documented endpoint
   * (docs.bsky.app, com.atproto.repo.uploadBlob — the raw bytes as the body, their type as Content-Type) with an
   * exact Content-Length and `redirect: 'error'`. An expired access token is refreshed and the file sent again, read
   * anew from the start; other failures map as every call's do.
   */
  async uploadBlobStream(action: string, mimeType: string, bytes: MediaBytes, readBytes = FORM_READ_BYTES): Promise<BlobRef> {
    return this.call(action, async () => {
      try {
        return await this.sendBlob(mimeType, bytes, readBytes);
      } catch (err) {
        const expired = err instanceof XRPCError && (err.status === 401 || err.error === 'ExpiredToken');
        if (!expired || !this.session.session?.refreshJwt) throw err;
        await this.session.refreshSession();
        return this.sendBlob(mimeType, bytes, readBytes);
      }
    });
  }

  private async sendBlob(mimeType: string, bytes: MediaBytes, readBytes: number): Promise<BlobRef> {
    const accessJwt = this.session.session?.accessJwt;
    if (!accessJwt) throw new XRPCError(401, 'AuthenticationRequired', 'No session to upload with');
    const init: RequestInit & { duplex: 'half' } = {
      method: 'POST',
      headers: { authorization: `Bearer ${accessJwt}`, 'content-type': mimeType, 'content-length': String(bytes.size) },
      body: rangeStream(bytes, readBytes),
      duplex: 'half',
      redirect: 'error',
    };
    const response = await this.fetchWithTimeout(new URL('/xrpc/com.atproto.repo.uploadBlob', this.pdsUrl), init);
    const text = await response.text();
    let body: unknown = null;
    try {
      body = text ? (JSON.parse(text) as unknown) : null;
    } catch {
      // A proxy's HTML error page: the status says enough.
    }
    const fields = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    if (!response.ok) {
      const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
      throw new XRPCError(response.status, str(fields['error']), str(fields['message']) ?? text.slice(0, 300), Object.fromEntries(response.headers));
    }
    const blob = (jsonToLex(fields) as { blob?: unknown }).blob;
    // 2 is what @atproto/api reports for an answer that does not match the lexicon: transient (version skew).
    if (!(blob instanceof BlobRef)) throw new XRPCError(2, 'InvalidResponse', 'uploadBlob answered without a blob reference');
    return blob;
  }

  /** Exchanges the refresh token for a new pair; logs in again if the refresh token is no longer accepted. */
  async refresh(): Promise<void> {
    if (!this.session.hasSession) return this.logIn();
    try {
      await this.session.refreshSession();
    } catch (err) {
      const mapped = toNetworkError(err, 'refreshing the session');
      if (mapped.kind !== 'auth' || !this.stored.appPassword) throw mapped;
      await this.logIn();
    }
  }

  private async logIn(): Promise<void> {
    const { identifier, appPassword, service } = this.stored;
    if (!identifier || !appPassword) {
      throw new NetworkError('auth', 'Bluesky needs a handle and an app password; reconnect the channel.', {
        network: 'bluesky',
      });
    }
    try {
      await this.session.login({ identifier, password: appPassword });
    } catch (err) {
      const mapped = toNetworkError(err, `logging in as ${identifier} at ${new URL(service).host}`);
      if ((mapped.kind === 'auth' || mapped.kind === 'rejected') && !unsafeAddressIn(mapped)) {
        // createSession answers 401 "Invalid identifier or password"; a 400 here means a malformed handle.
        throw new NetworkError(
          'auth',
          `Bluesky did not accept the handle "${identifier}" with this app password at ${service}: ${stripAction(mapped)}. ` +
            'Check the handle and create a new app password in Settings → Privacy and security → App passwords.',
          mapped.details,
        );
      }
      throw mapped;
    }
  }

  private onSessionEvent(event: AtpSessionEvent, data: AtpSessionData | undefined): void {
    if ((event === 'create' || event === 'update') && data) this.tokensChanged = true;
  }
}

function stripAction(err: NetworkError): string {
  const i = err.message.indexOf(': ');
  return i >= 0 ? err.message.slice(i + 2) : err.message;
}
