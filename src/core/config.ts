/**
 * Chorus's settings, read once from the environment. Every network's API origin is a setting too, so tests and
 * proxies can point a connector elsewhere.
 */
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

/** Like `bool`, but unset (or empty) stays `undefined`, so the setting can have a default that depends on others. */
const maybeBool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v === '1' || v === 'true' || v === 'yes'));

/** Empty counts as unset, as in `CHORUS_S3_ENDPOINT=` in an env file. */
const optionalText = z
  .string()
  .optional()
  .transform((v) => v?.trim() || undefined);

const optionalUrl = optionalText.pipe(z.string().url().optional());

/** The networks connected through an OAuth app, as their settings are named. */
type OAuthNetwork = 'FACEBOOK' | 'THREADS' | 'X' | 'LINKEDIN' | 'YOUTUBE' | 'TIKTOK' | 'PINTEREST' | 'SNAPCHAT';

/**
 * The four settings every network connected through OAuth has: `CHORUS_<NETWORK>_API_URL` and `_AUTHORIZE_URL`
 * (origins for tests and proxies; unset uses the real API) and its OAuth app, `_CLIENT_ID` and `_CLIENT_SECRET`.
 */
function oauthNetworkEnv<N extends OAuthNetwork>(network: N) {
  return {
    [`CHORUS_${network}_API_URL`]: optionalUrl,
    [`CHORUS_${network}_AUTHORIZE_URL`]: optionalUrl,
    [`CHORUS_${network}_CLIENT_ID`]: optionalText,
    [`CHORUS_${network}_CLIENT_SECRET`]: optionalText,
  } as Record<`CHORUS_${N}_${'API_URL' | 'AUTHORIZE_URL'}`, typeof optionalUrl> & Record<`CHORUS_${N}_${'CLIENT_ID' | 'CLIENT_SECRET'}`, typeof optionalText>;
}

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  CHORUS_DATA_DIR: z.string().default('./data'),
  CHORUS_SECRET_KEY: z.string().optional(),
  CHORUS_PUBLIC_URL: z.string().url().optional(),
  CHORUS_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CHORUS_SECURE_COOKIES: bool,
  /** How often workers look for due jobs, in seconds (pg-boss polling). */
  CHORUS_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(0.5),
  /** A crashed worker's job is given to another after this many seconds. */
  CHORUS_JOB_EXPIRE_SECONDS: z.coerce.number().int().min(5).default(120),
  CHORUS_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(20),
  CHORUS_BLUESKY_SERVICE: z.string().url().default('https://bsky.social'),
  CHORUS_BLUESKY_APPVIEW: z.string().url().optional(),
  CHORUS_MEDIA_URL_TTL_SECONDS: z.coerce.number().int().min(60).default(3600),
  CHORUS_MAX_UPLOAD_MB: z.coerce.number().min(1).max(4096).default(512),
  /** The short-link redirector's port (`chorus redirect`, and `chorus start` alongside the app). */
  CHORUS_LINK_PORT: z.coerce.number().int().min(0).max(65535).default(8081),
  /** The branded short domain used in short URLs, e.g. https://go.example.com */
  CHORUS_LINK_BASE_URL: z.string().url().optional(),
  /** A header set by a trusted proxy with the visitor's ISO 3166-2 region (e.g. cf-region-code); unset: no regions. */
  CHORUS_REGION_HEADER: z.string().max(100).optional(),
  /** When set, uploaded media goes to this S3-compatible bucket instead of the data folder. */
  CHORUS_S3_BUCKET: optionalText,
  CHORUS_S3_ENDPOINT: optionalUrl,
  CHORUS_S3_REGION: optionalText.transform((v) => v ?? 'us-east-1'),
  CHORUS_S3_ACCESS_KEY_ID: optionalText,
  CHORUS_S3_SECRET_ACCESS_KEY: optionalText,
  CHORUS_S3_FORCE_PATH_STYLE: maybeBool,
  CHORUS_S3_PREFIX: optionalText,
  /** Issue 4's networks: API origins (tests and proxies), OAuth apps, webhook secrets. Unset origins use the real API. */
  ...oauthNetworkEnv('FACEBOOK'),
  /** Facebook Login for Business configuration id (asks for the permissions configured in the Meta app). */
  CHORUS_FACEBOOK_CONFIG_ID: optionalText,
  /** The Graph API version, pinned in src/networks/meta; override when Meta retires it. */
  CHORUS_GRAPH_API_VERSION: optionalText.pipe(z.string().regex(/^v\d+\.\d+$/, { error: 'Use a Graph API version such as v24.0.' }).optional()),
  ...oauthNetworkEnv('THREADS'),
  ...oauthNetworkEnv('X'),
  ...oauthNetworkEnv('LINKEDIN'),
  /** LinkedIn's token endpoint origin; default: CHORUS_LINKEDIN_AUTHORIZE_URL (both are www.linkedin.com). */
  CHORUS_LINKEDIN_TOKEN_URL: optionalUrl,
  /** Issue 5's networks, the same way. */
  ...oauthNetworkEnv('YOUTUBE'),
  /** The Google Cloud project's daily YouTube quota in units (developers.google.com/youtube/v3/determine_quota_cost). */
  CHORUS_YOUTUBE_DAILY_QUOTA: z.coerce.number().int().min(1).default(10_000),
  /** Its separate daily allowance of `videos.insert` calls (uploads), counted apart from the units. */
  CHORUS_YOUTUBE_DAILY_UPLOADS: z.coerce.number().int().min(1).default(100),
  ...oauthNetworkEnv('TIKTOK'),
  ...oauthNetworkEnv('PINTEREST'),
  ...oauthNetworkEnv('SNAPCHAT'),
  /** Google's token endpoint (YouTube), and Snap's accounts origin (its token endpoint). */
  CHORUS_YOUTUBE_TOKEN_URL: optionalUrl,
  CHORUS_SNAPCHAT_ACCOUNTS_URL: optionalUrl,
  /** Webhooks: Meta's app secret signs deliveries (X-Hub-Signature-256); the verify token answers Meta's handshake. */
  CHORUS_META_APP_SECRET: optionalText,
  CHORUS_META_VERIFY_TOKEN: optionalText,
  /** X Account Activity: the app's consumer secret answers CRC checks and signs deliveries. */
  CHORUS_X_CONSUMER_SECRET: optionalText,
  /** Where Chorus sends email (alert notifications): smtp://user:password@host:587 or smtps://…:465. Unset: no email. */
  CHORUS_SMTP_URL: z
    .string()
    .url()
    .refine((u) => /^smtps?:\/\//.test(u), { message: 'must start with smtp:// or smtps://' })
    .optional(),
  /** The sender of Chorus's email. */
  CHORUS_MAIL_FROM: z.string().min(3).max(200).default('Chorus <chorus@localhost>'),
  /**
   * Optional writing help: any OpenAI-compatible API (hosted, or local such as llama.cpp's server or Ollama at
   * http://127.0.0.1:11434/v1). Unset: the composer offers no rewrites. The key is sent as a bearer token.
   */
  CHORUS_AI_BASE_URL: optionalUrl,
  CHORUS_AI_API_KEY: optionalText,
  CHORUS_AI_MODEL: z.string().min(1).max(200).default('gpt-4o-mini'),
});

export type Config = ReturnType<typeof loadConfig>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Chorus cannot start: the environment has invalid settings:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.CHORUS_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    secretKey: e.CHORUS_SECRET_KEY,
    publicUrl: e.CHORUS_PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`,
    linkPort: e.CHORUS_LINK_PORT,
    regionHeader: e.CHORUS_REGION_HEADER?.toLowerCase(),
    linkBaseUrlConfigured: e.CHORUS_LINK_BASE_URL !== undefined,
    linkBaseUrl: (e.CHORUS_LINK_BASE_URL ?? `http://${e.HOST}:${e.CHORUS_LINK_PORT}`).replace(/\/$/, ''),
    logLevel: e.CHORUS_LOG_LEVEL,
    secureCookies: e.CHORUS_SECURE_COOKIES,
    pollSeconds: e.CHORUS_POLL_SECONDS,
    jobExpireSeconds: e.CHORUS_JOB_EXPIRE_SECONDS,
    workerConcurrency: e.CHORUS_WORKER_CONCURRENCY,
    maxUploadBytes: Math.round(e.CHORUS_MAX_UPLOAD_MB * 1024 * 1024),
    mediaUrlTtlSeconds: e.CHORUS_MEDIA_URL_TTL_SECONDS,
    /** Where uploaded media lives: this S3-compatible bucket, or (undefined) `<dataDir>/media`. */
    s3: s3Settings(e),
    mail: { smtpUrl: e.CHORUS_SMTP_URL, from: e.CHORUS_MAIL_FROM },
    ai: e.CHORUS_AI_BASE_URL ? { baseUrl: e.CHORUS_AI_BASE_URL.replace(/\/$/, ''), apiKey: e.CHORUS_AI_API_KEY, model: e.CHORUS_AI_MODEL } : null,
    networks: {
      blueskyService: e.CHORUS_BLUESKY_SERVICE,
      blueskyAppView: e.CHORUS_BLUESKY_APPVIEW,
      facebook: {
        ...oauthNetwork(e, 'FACEBOOK'),
        graphVersion: e.CHORUS_GRAPH_API_VERSION,
        configId: e.CHORUS_FACEBOOK_CONFIG_ID,
      },
      threads: {
        ...oauthNetwork(e, 'THREADS'),
      },
      x: oauthNetwork(e, 'X'),
      linkedin: {
        ...oauthNetwork(e, 'LINKEDIN'),
        tokenUrl: e.CHORUS_LINKEDIN_TOKEN_URL ?? e.CHORUS_LINKEDIN_AUTHORIZE_URL,
      },
      youtube: {
        ...oauthNetwork(e, 'YOUTUBE'),
        tokenUrl: e.CHORUS_YOUTUBE_TOKEN_URL,
        dailyUnits: e.CHORUS_YOUTUBE_DAILY_QUOTA,
        dailyUploads: e.CHORUS_YOUTUBE_DAILY_UPLOADS,
      },
      tiktok: {
        ...oauthNetwork(e, 'TIKTOK'),
      },
      pinterest: {
        ...oauthNetwork(e, 'PINTEREST'),
      },
      snapchat: {
        ...oauthNetwork(e, 'SNAPCHAT'),
        accountsUrl: e.CHORUS_SNAPCHAT_ACCOUNTS_URL,
      },
    },
    webhooks: {
      metaAppSecret: e.CHORUS_META_APP_SECRET ?? e.CHORUS_FACEBOOK_CLIENT_SECRET,
      metaVerifyToken: e.CHORUS_META_VERIFY_TOKEN,
      xConsumerSecret: e.CHORUS_X_CONSUMER_SECRET,
    },
  };
}

/** A network's origins and OAuth app, read from the four settings `oauthNetworkEnv` declares for it. */
function oauthNetwork(e: z.infer<typeof EnvSchema>, network: OAuthNetwork) {
  return {
    apiUrl: e[`CHORUS_${network}_API_URL`],
    authorizeUrl: e[`CHORUS_${network}_AUTHORIZE_URL`],
    app: oauthApp(network, e[`CHORUS_${network}_CLIENT_ID`], e[`CHORUS_${network}_CLIENT_SECRET`]),
  };
}

/** An OAuth app when both halves are set; undefined (connect by token only) when neither is; an error when one is. */
function oauthApp(network: OAuthNetwork, clientId: string | undefined, clientSecret: string | undefined): { clientId: string; clientSecret: string } | undefined {
  if (clientId && clientSecret) return { clientId, clientSecret };
  if (!clientId && !clientSecret) return undefined;
  throw new Error(
    `Chorus cannot start: an OAuth app needs both its client id and its client secret, but only the ${clientId ? 'id' : 'secret'} is set. ` +
      `Set both (CHORUS_${network}_CLIENT_ID and CHORUS_${network}_CLIENT_SECRET), or neither to connect accounts with tokens only.`,
  );
}

/** The S3 media settings, or undefined when no bucket is set; the bucket's credentials are required with it. */
function s3Settings(e: z.infer<typeof EnvSchema>) {
  const bucket = e.CHORUS_S3_BUCKET;
  if (!bucket) return undefined;
  const accessKeyId = e.CHORUS_S3_ACCESS_KEY_ID;
  const secretAccessKey = e.CHORUS_S3_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) {
    const missing = [accessKeyId ? '' : 'CHORUS_S3_ACCESS_KEY_ID', secretAccessKey ? '' : 'CHORUS_S3_SECRET_ACCESS_KEY'].filter(Boolean);
    throw new Error(
      `Chorus cannot start: CHORUS_S3_BUCKET is set, so media goes to that bucket, but ${missing.join(' and ')} ` +
        `${missing.length > 1 ? 'are' : 'is'} not set. Set the bucket's credentials, or unset CHORUS_S3_BUCKET to keep media in the data folder.`,
    );
  }
  return {
    bucket,
    endpoint: e.CHORUS_S3_ENDPOINT,
    region: e.CHORUS_S3_REGION,
    accessKeyId,
    secretAccessKey,
    // Self-hosted servers rarely have a DNS name per bucket (bucket.host), which AWS's default virtual-host style needs.
    forcePathStyle: e.CHORUS_S3_FORCE_PATH_STYLE ?? e.CHORUS_S3_ENDPOINT !== undefined,
    prefix: e.CHORUS_S3_PREFIX,
  };
}
