/**
 * A round picture of a person or an account, or their initials when there is no picture or it fails to load (a
 * network's avatar address that expired, a blocked image): never the browser's broken-image icon.
 *
 * @example
 *   <Avatar src={channel.avatarUrl} name={channel.displayName || channel.handle} size={40} />
 */
import { useState } from 'react';

export function Avatar({ src, name, size = 32 }: { src: string | null | undefined; name: string; size?: number }) {
  // The address that failed, so a new address (another channel, a refreshed avatar) is tried again.
  const [failed, setFailed] = useState<string | null>(null);
  if (src && failed !== src) {
    return <img className="avatar" src={src} alt="" width={size} height={size} onError={() => setFailed(src)} />;
  }
  return (
    <span className="avatar avatar--initial" style={{ width: size, height: size, fontSize: Math.round(size * 0.42) }} aria-hidden="true" data-testid="avatar-initials">
      {initials(name)}
    </span>
  );
}

/**
 * Up to two letters: the first of the first two words of a name ("Ada Lovelace" → "AL"), the first of a handle
 * ("@ada.bsky.social" → "A"). Whole characters, so an emoji or an accented letter is never cut in half.
 */
export function initials(name: string): string {
  const words = name.replace(/^@/, '').trim().split(/\s+/).filter(Boolean);
  const letters = words.slice(0, 2).map((word) => Array.from(word)[0] ?? '');
  return letters.join('').toLocaleUpperCase() || '?';
}
