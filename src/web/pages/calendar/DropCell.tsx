/**
 * A place a post chip can be dropped on (a day of the month, an hour of the week), with native HTML5 drag and drop.
 * The chip carries the post's id; the cell says where it lands.
 */
import { useState, type ReactNode } from 'react';

/** The drag data type of a post chip. */
export const POST_DRAG_TYPE = 'application/x-chorus-post';

export function DropCell({
  className,
  onDropPost,
  children,
  ...rest
}: {
  className: string;
  onDropPost: ((postId: string) => void) | undefined;
  children: ReactNode;
} & Record<`data-${string}`, string>) {
  const [over, setOver] = useState(false);
  if (!onDropPost) return <div className={className} {...rest}>{children}</div>;
  const accepts = (types: readonly string[]) => types.includes(POST_DRAG_TYPE);
  return (
    <div
      {...rest}
      className={`${className}${over ? ' drop-target--over' : ''}`}
      onDragOver={(e) => {
        if (!accepts(e.dataTransfer.types)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        const postId = e.dataTransfer.getData(POST_DRAG_TYPE);
        if (!postId) return;
        e.preventDefault();
        onDropPost(postId);
      }}
    >
      {children}
    </div>
  );
}
