/**
 * Talks to the operator's OpenAI-compatible API (hosted, or a local llama.cpp server or Ollama) through the official
 * `openai` client, loaded only when writing help is first used so a server without it never pays for the module.
 * Requests go through the local-address guard with the configured origin trusted exactly (a local model server is
 * the operator's choice); a redirect from there elsewhere is checked like any other request.
 */
import { ApiError } from '../../core/errors.js';
import { guardedFetch } from '../../networks/safe-fetch.js';

export interface AiSettings {
  baseUrl: string;
  apiKey?: string;
  model: string;
}

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** One answer's text for these messages. */
export type Complete = (messages: ChatMessage[]) => Promise<string>;

/** A slow local model on a small machine can take this long for a few sentences; longer is a stuck server. */
const TIMEOUT_MS = 60_000;

export function chatCompletions(settings: AiSettings): Complete {
  let client: Promise<import('openai').OpenAI> | undefined;
  const open = async () => {
    const { OpenAI } = await import('openai');
    return new OpenAI({
      baseURL: settings.baseUrl,
      // Local servers need no key, but the client insists on one; they ignore what it sends.
      apiKey: settings.apiKey ?? 'no-key',
      fetch: guardedFetch({ trustedOrigins: [settings.baseUrl] }),
      timeout: TIMEOUT_MS,
      maxRetries: 1,
    });
  };
  return async (messages) => {
    client ??= open();
    try {
      const answer = await (await client).chat.completions.create({ model: settings.model, messages, temperature: 0.8 });
      return answer.choices[0]?.message?.content ?? '';
    } catch (error) {
      throw unavailable(error);
    }
  };
}

/** What went wrong with the model server, said so the person (or their admin) can act on it. */
function unavailable(error: unknown): ApiError {
  const status = (error as { status?: number }).status;
  if (typeof status === 'number') {
    const hint = status === 401 || status === 403 ? ' Check CHORUS_AI_API_KEY.' : status === 404 ? ' Check CHORUS_AI_MODEL and CHORUS_AI_BASE_URL.' : '';
    return new ApiError(502, 'writing_help_failed', `The writing-help server refused the request (HTTP ${status}).${hint}`);
  }
  return new ApiError(502, 'writing_help_unreachable', 'The writing-help server could not be reached; try again, or ask your admin to check CHORUS_AI_BASE_URL.');
}
