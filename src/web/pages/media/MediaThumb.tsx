/** A library file's picture: the image itself, or a video's first frame (no sound, no autoplay). */
import type { LibraryItem } from '../../api-media';

export function MediaThumb({ item, className = 'library-thumb' }: { item: Pick<LibraryItem, 'url' | 'mimeType'>; className?: string }) {
  return item.mimeType.startsWith('video/') ? (
    <video src={item.url} muted preload="metadata" className={className} />
  ) : (
    <img src={item.url} alt="" loading="lazy" className={className} />
  );
}
