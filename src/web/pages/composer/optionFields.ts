/**
 * Reading and setting a channel's network options from the composer's fields (YouTube, TikTok, Pinterest, Snapchat):
 * an option is read as text with the network's default when unset, and an emptied option is removed rather than sent.
 *
 * @example
 *   const { text, set } = optionFields(options, onChange);
 *   <input value={text('title')} onChange={(e) => set('title', e.target.value)} />
 */
import type { ChannelOptions } from './optionChecks';

/** Sets a key, or removes it when the value is empty (unset options take the network's default). */
export function withOption(options: ChannelOptions, key: string, value: unknown): ChannelOptions {
  const { [key]: _, ...rest } = options;
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0) ? rest : { ...rest, [key]: value };
}

/** The option's text as typed, or `fallback` when it is unset (or not text). */
export function optionText(options: ChannelOptions, key: string, fallback = ''): string {
  const value = options[key];
  return typeof value === 'string' ? value : fallback;
}

/** The two things a network's fields do with its options: read one as text, and set one (reporting the new options). */
export function optionFields(options: ChannelOptions, onChange: (next: ChannelOptions) => void) {
  return {
    text: (key: string, fallback = '') => optionText(options, key, fallback),
    set: (key: string, value: unknown) => onChange(withOption(options, key, value)),
  };
}
