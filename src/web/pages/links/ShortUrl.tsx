/** A short address as people read it (no scheme), opening in a new tab, with a button to copy the whole address. */
import { CopyButton } from '../../components/CopyButton';
import { displayUrl } from './format';

export function ShortUrl({ url, large = false, testId }: { url: string; large?: boolean; testId?: string }) {
  return (
    <div className={large ? 'short-url short-url--large' : 'short-url'} data-testid={testId}>
      <a href={url} target="_blank" rel="noreferrer" className="short-url__text">
        {displayUrl(url)}
      </a>
      <CopyButton text={url} />
    </div>
  );
}
