/**
 * What the model is asked, and how its answer is read. Kept apart from the service so the wording and the parsing
 * can be tested without a model.
 */
import type { ChatMessage } from './client.js';

export interface RewriteBrief {
  text: string;
  network: string;
  /** The network's length limit in characters (graphemes) for this channel. */
  maxLength: number;
  /** Who the variant is for, e.g. `Hot climates` with its condition as JSON; null: everyone. */
  audience: { name: string; condition: string } | null;
  /** A language name or BCP 47 tag; null: the text's own language. */
  language: string | null;
  count: number;
}

/** How each network's readers expect a post to sound: short and general, for the model, not rules (those are checked after). */
const NETWORK_STYLE: Record<string, string> = {
  x: 'X (Twitter): punchy, one idea, at most two hashtags.',
  bluesky: 'Bluesky: conversational, no hashtag spam.',
  mastodon: 'Mastodon: friendly and plain; hashtags in CamelCase for screen readers.',
  threads: 'Threads: casual and conversational.',
  linkedin: 'LinkedIn: professional, a clear first line, short paragraphs.',
  facebook: 'Facebook: warm, a question or call to action.',
  instagram: 'Instagram: a strong first line, emojis welcome, hashtags at the end.',
  tiktok: 'TikTok: energetic, short caption.',
  youtube: 'YouTube: a clear description of the video.',
  pinterest: 'Pinterest: descriptive and searchable, what the idea helps do.',
  snapchat: 'Snapchat: very short and playful.',
};

export function rewriteMessages(b: RewriteBrief): ChatMessage[] {
  const rules = [
    `Write ${b.count} different rewrites of the user's social media post for ${NETWORK_STYLE[b.network] ?? b.network}.`,
    `Each rewrite must be at most ${b.maxLength} characters, links counted in full.`,
    'Keep every link, @mention and fact exactly as given; invent no offer, price or date.',
    b.language ? `Write in ${b.language}.` : 'Write in the same language as the post.',
    b.audience ? `Tailor it for this audience: "${b.audience.name}" (${b.audience.condition}).` : '',
    'Answer with a JSON array of strings and nothing else.',
  ];
  return [
    { role: 'system', content: rules.filter(Boolean).join(' ') },
    { role: 'user', content: b.text },
  ];
}

/**
 * The rewrites in a model's answer: a JSON array of strings (also inside a ```json fence, or an object holding one),
 * else one rewrite per non-empty line with list markers removed — small local models do not always obey.
 */
export function readRewrites(answer: string): string[] {
  const trimmed = answer.trim().replace(/^```(?:json)?\s*|\s*```$/g, '');
  const strings = (value: unknown): string[] | null => {
    if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
    if (value && typeof value === 'object') return Object.values(value).map(strings).find((v) => v && v.length > 0) ?? null;
    return null;
  };
  const start = trimmed.search(/[[{]/);
  if (start >= 0) {
    try {
      const found = strings(JSON.parse(trimmed.slice(start)));
      if (found) return clean(found);
    } catch {
      // Not JSON after all: read it as lines below.
    }
  }
  return clean(trimmed.split('\n').map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '')));
}

function clean(texts: string[]): string[] {
  return [...new Set(texts.map((t) => t.trim().replace(/^"(.*)"$/s, '$1').trim()).filter((t) => t.length > 0))];
}
