/** How the inbox lays out and reads the keyboard, as plain functions (tested without a browser). */
import type { InboxItem } from '../../api-inbox';

/** Items of one post (or of none), in list order: the list threads each item under what it answers. */
export interface PostGroup {
  key: string;
  post: InboxItem['post'];
  items: InboxItem[];
}

export function groupByPost(items: InboxItem[]): PostGroup[] {
  const groups = new Map<string, PostGroup>();
  for (const item of items) {
    const key = item.post?.id ?? 'none';
    const group = groups.get(key) ?? { key, post: item.post, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** True when a key press belongs to a field being typed in (or carries a modifier), not to the inbox's shortcuts. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  const tag = target?.tagName;
  return event.ctrlKey || event.metaKey || event.altKey || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || Boolean(target?.isContentEditable);
}
