/** The chips of one day or hour, in time order; what every calendar view shows in its cells. */
import type { Post } from '../../api';
import { isMovable } from './grid';
import { PostChip } from './PostChip';

export interface PostListProps {
  /** Where each post shows now (its new time while a move is being checked). */
  dateOf: (post: Post) => Date;
  /** Opens "Move to…" for a post; absent for people who cannot change posts. */
  onMoveRequest: ((post: Post) => void) | undefined;
  moving: ReadonlyMap<string, Date>;
}

export function PostList({ posts, dateOf, onMoveRequest, moving }: PostListProps & { posts: readonly Post[] }) {
  if (posts.length === 0) return null;
  return (
    <ul className="calendar__posts">
      {posts.map((post) => (
        <li key={post.id}>
          <PostChip
            post={post}
            at={dateOf(post)}
            moving={moving.has(post.id)}
            {...(onMoveRequest && isMovable(post) && { onMoveRequest: () => onMoveRequest(post) })}
          />
        </li>
      ))}
    </ul>
  );
}
