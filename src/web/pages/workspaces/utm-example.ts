/**
 * The address a visitor of a post's tracked link reaches, as the server builds it (links/destination.ts,
 * `utmForPublication` then `destinationFor`): the network (or the template's name for it) as source, "social" (or
 * the template's medium) as medium, the default campaign if any, and the publication's id as content.
 */
import type { UtmTemplate } from '../../api-audit';

/** Stands for a publication's id in the example; real ones are UUIDs. */
export const EXAMPLE_PUBLICATION = 'PUBLICATION-ID';

export function utmExample(page: string, network: string, template: UtmTemplate): string {
  const url = new URL(page);
  const params: Array<[string, string | undefined]> = [
    ['utm_source', template.sources?.[network] ?? network],
    ['utm_medium', template.medium ?? 'social'],
    ['utm_campaign', template.campaign],
    ['utm_content', EXAMPLE_PUBLICATION],
  ];
  for (const [name, value] of params) if (value && !url.searchParams.has(name)) url.searchParams.set(name, value);
  return url.toString();
}
