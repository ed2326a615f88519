/** Small formatting helpers of the link pages. */
import i18n from 'i18next';

/** `https://example.com/a/` → `example.com/a`: what people read; the full URL stays in the link and its title. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

export function formatDate(iso: string, language: string, withTime = false): string {
  return new Intl.DateTimeFormat(language, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' }).format(new Date(iso));
}

/** A network's name as the interface writes it ("Bluesky"), or the raw value for one it does not know. */
export function networkLabel(network: string): string {
  const key = `networks.${network}`;
  return i18n.exists(key) ? i18n.t(key) : network;
}
