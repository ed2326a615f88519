/** A query's latest matches: who wrote it, what it says, when, and a link to it on its network. */
import { useTranslation } from 'react-i18next';
import { listeningApi } from '../../api-listening';
import { useApiQuery } from '../../api/queries';
import { errorText } from '../../lib/errors';

export function MatchesList({ workspaceId, queryId }: { workspaceId: string; queryId: string }) {
  const { t, i18n } = useTranslation();
  const matches = useApiQuery(['listening-matches', workspaceId, queryId], () => listeningApi.matches(workspaceId, queryId));
  if (matches.error) return <p className="field__error">{errorText(matches.error)}</p>;
  if (!matches.data) return <p className="muted">{t('common.loading')}</p>;
  if (matches.data.matches.length === 0) return <p className="muted">{t('listening.noMatches')}</p>;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ul className="listening-matches" data-testid="listening-matches">
      {matches.data.matches.map((match) => (
        <li key={match.id} className="listening-matches__item">
          <p>
            <strong>{match.author.name || match.author.handle}</strong> <span className="muted">{match.author.handle}</span>{' '}
            <time className="muted" dateTime={match.createdAt}>
              {when.format(new Date(match.createdAt))}
            </time>
          </p>
          <p className="listening-matches__text">{match.text}</p>
          {/* Links come from the network's own answer; only web addresses are shown as links. */}
          {match.url && /^https?:\/\//.test(match.url) ? (
            <a href={match.url} target="_blank" rel="noopener noreferrer">
              {t('listening.open')}
            </a>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
