/**
 * A LinkedIn page's audience targeting (posts-api `distribution.targetEntities`): countries, interface languages,
 * seniorities and company sizes, in words. Within a facet any choice matches; across facets all must match, as
 * LinkedIn applies them. Nothing chosen sends no targeting: the post goes to everyone who follows the page.
 * Members' posts cannot be targeted, so the composer shows this for pages only.
 */
import { useTranslation } from 'react-i18next';
import type { ComposeOptions } from '../../api-compose';
import type { ChannelOptions } from './optionChecks';

type LinkedIn = Extract<ComposeOptions, { network: 'linkedin' }>;
type Locale = { country: string; language: string };
type Audience = { geoLocations?: string[]; seniorities?: string[]; staffCountRanges?: string[]; interfaceLocales?: Locale[] };

interface Props {
  loaded: LinkedIn;
  options: ChannelOptions;
  onChange(next: ChannelOptions): void;
}

/** The one audience the composer edits (LinkedIn takes a list; Chorus sends one). */
function audienceOf(options: ChannelOptions): Audience {
  const raw = options['targetEntities'];
  const first = Array.isArray(raw) ? raw[0] : raw;
  return first && typeof first === 'object' ? (first as Audience) : {};
}

function withAudience(options: ChannelOptions, audience: Audience): ChannelOptions {
  const { targetEntities: _, ...rest } = options;
  const kept = Object.fromEntries(Object.entries(audience).filter(([, values]) => Array.isArray(values) && values.length > 0));
  return Object.keys(kept).length > 0 ? { ...rest, targetEntities: [kept] } : rest;
}

const localeKey = (l: Locale) => `${l.language}-${l.country}`;

export function LinkedInFields({ loaded, options, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const audience = audienceOf(options);
  const regions = new Intl.DisplayNames([i18n.language], { type: 'region' });
  const languages = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const toggle = <K extends keyof Audience>(facet: K, value: NonNullable<Audience[K]>[number], on: boolean, same: (a: typeof value) => boolean) => {
    const current = (audience[facet] ?? []) as Array<typeof value>;
    const next = on ? [...current.filter((x) => !same(x)), value] : current.filter((x) => !same(x));
    onChange(withAudience(options, { ...audience, [facet]: next }));
  };

  const facets = [
    { facet: 'geoLocations' as const, choices: loaded.geoLocations.map((g) => ({ key: g.id, label: regions.of(g.country) ?? g.country, value: g.id })) },
    { facet: 'interfaceLocales' as const, choices: loaded.interfaceLocales.map((l) => ({ key: localeKey(l), label: languages.of(localeKey(l)) ?? localeKey(l), value: l })) },
    { facet: 'seniorities' as const, choices: loaded.seniorities.map((s) => ({ key: s, label: t(`networkOptions.linkedin.seniority.${s.split(':').pop()}`, { defaultValue: s }), value: s })) },
    { facet: 'staffCountRanges' as const, choices: loaded.staffCountRanges.map((s) => ({ key: s, label: t(`networkOptions.linkedin.staff.${s}`, { defaultValue: s }), value: s })) },
  ];
  const isChosen = (facet: keyof Audience, key: string) =>
    ((audience[facet] ?? []) as Array<string | Locale>).some((x) => (typeof x === 'string' ? x : localeKey(x)) === key);

  return (
    <div className="linkedin-audience" data-testid="linkedin-audience">
      <p className="muted">{t('networkOptions.linkedin.hint')}</p>
      <div className="channel-options__grid">
        {facets.map(({ facet, choices }) => (
          <fieldset key={facet} className="thumbnail-picker" data-testid={`linkedin-${facet}`}>
            <legend>{t(`networkOptions.linkedin.facets.${facet}`)}</legend>
            {choices.map((c) => (
              <label key={c.key} className="check">
                <input
                  type="checkbox"
                  checked={isChosen(facet, c.key)}
                  onChange={(e) =>
                    toggle(facet, c.value as never, e.target.checked, (x: unknown) => (typeof x === 'string' ? x : localeKey(x as Locale)) === c.key)
                  }
                />
                {c.label}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </div>
  );
}
