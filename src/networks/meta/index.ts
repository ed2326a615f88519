/** Meta's Graph API pieces shared by the Facebook Page and Instagram connectors: client, errors, OAuth, webhooks. */
export { appSecretProof, GRAPH_API_URL, GRAPH_API_VERSION, GraphClient, UsageGate, type GraphOptions } from './graph.js';
export { errorFromGraph, readUsage, rateLimitFromUsage, USAGE_THRESHOLD } from './errors.js';
export { createMetaOAuthProvider, META_AUTHORIZE_ORIGIN, META_SCOPES, readMetaCallback, type MetaOAuthOptions } from './oauth.js';
export { engagementFromWebhook, metaVerificationChallenge, parseMetaWebhook, verifyMetaSignature, type MetaWebhookEvent } from './webhooks.js';
export type { MetaConnectorOptions } from './channel.js';
