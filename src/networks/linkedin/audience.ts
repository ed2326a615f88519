/**
 * What a LinkedIn post's `distribution.targetEntities` will be at publish time: the segment's audience (./targeting.ts)
 * joined to the composer's `options.targetEntities`, checked against the author, then the page's follower statistics
 * asked whether the audience can reach LinkedIn's 300-member minimum.
 *
 * @example
 * const entities = targetEntitiesFor(ctx.externalId, content);       // throws NetworkError('rejected') when refused
 * if (entities) await checkAudienceSize(client, ctx.externalId, entities);
 */
import { NetworkError, type PublicationContent, type Violation } from '../connector.js';
import { encodeUrn, parse, type LinkedInClient } from './client.js';
import { authorKind } from './mapping.js';
import { LINKEDIN_DEFAULT_LIMITS, targetEntitiesOf, validateForLinkedIn, type TargetEntity } from './rules.js';
import { audienceTooSmall, audienceUpperBound, followerStatisticsSchema, LINKEDIN_MIN_AUDIENCE, linkedinTargeting } from './targeting.js';

const refused = (violations: Violation[]): NetworkError =>
  new NetworkError('rejected', violations.map((v) => v.message).join(' '), { network: 'linkedin', rule: violations[0]?.rule });

/**
 * The target entities to send, or null for everyone. With both an audience and option entities, each option entity
 * gets the audience's facets (the segment decides where and in which language; the options add industries,
 * seniorities, company sizes). Throws when the author or the facets cannot be targeted.
 */
export function targetEntitiesFor(author: string, content: PublicationContent): TargetEntity[] | null {
  const kind = authorKind(author);
  const options = targetEntitiesOf(content);
  if (options) {
    const problems = validateForLinkedIn({ ...content, audience: undefined, media: [] }, { ...LINKEDIN_DEFAULT_LIMITS, linkedinAuthor: kind }).filter((v) => v.field.startsWith('options.'));
    if (problems.length > 0) throw refused(problems);
  }
  if (!content.audience) return options;
  const targeting = linkedinTargeting(content.audience, kind);
  if (targeting.violations.length > 0) throw refused(targeting.violations);
  const [fromAudience] = (targeting.parameters['targetEntities'] as TargetEntity[] | undefined) ?? [];
  if (!fromAudience) return options;
  return options ? options.map((entity) => ({ ...entity, ...fromAudience })) : [fromAudience];
}

/**
 * Refuses with `audience_too_small` when the page's followers matching `entities` are fewer than LinkedIn's minimum.
 * Without the statistics (the member lost the page's admin role since connecting, or LinkedIn has none for a new page)
 * the count is unknown: the post goes, and LinkedIn judges the audience itself.
 */
export async function checkAudienceSize(client: LinkedInClient, author: string, entities: TargetEntity[]): Promise<void> {
  let stats;
  try {
    const response = await client.request('GET', `/rest/organizationalEntityFollowerStatistics?q=organizationalEntity&organizationalEntity=${encodeUrn(author)}`);
    stats = parse(followerStatisticsSchema, response.body, 'the follower statistics').elements[0];
  } catch (error) {
    if (error instanceof NetworkError && (error.kind === 'auth' || error.kind === 'not_found')) return;
    throw error;
  }
  const bound = stats ? audienceUpperBound(entities, stats) : null;
  if (bound !== null && bound < LINKEDIN_MIN_AUDIENCE) throw refused([audienceTooSmall(bound)]);
}
