/**
 * What a link's statistics say, in the reader's words: breakdown values named for people (country names from Intl,
 * devices and "direct" from the translations) and the clicks of every day of the period, zeros included.
 */
import type { TFunction } from 'i18next';
import type { LinkDimension, LinkStats } from '../../api';
import { networkLabel } from './format';
import { DAY_MS } from './useLinkData';

const OS_NAMES: Record<string, string> = { ios: 'iOS', android: 'Android', windows: 'Windows', macos: 'macOS', linux: 'Linux', chromeos: 'ChromeOS', harmonyos: 'HarmonyOS' };
const BROWSER_NAMES: Record<string, string> = {
  chrome: 'Chrome', safari: 'Safari', firefox: 'Firefox', edge: 'Edge', opera: 'Opera', samsung: 'Samsung Internet',
  yandex: 'Yandex', uc: 'UC Browser', ie: 'Internet Explorer',
};

/** The name of a breakdown value for people: "France", "Mobile", "Direct", "Rule 2", … */
export function valueLabel(dim: LinkDimension, value: string, t: TFunction, language: string): string {
  if (value === 'unknown') return t('links.stats.unknown');
  if (value === 'other') return t('links.stats.other');
  switch (dim) {
    case 'country':
      try {
        return new Intl.DisplayNames([language], { type: 'region' }).of(value) ?? value;
      } catch {
        return value;
      }
    case 'device':
      return t(`links.devices.${value}`, { defaultValue: value });
    case 'os':
      return OS_NAMES[value] ?? value;
    case 'browser':
      return value === 'in-app' ? t('links.stats.inApp') : (BROWSER_NAMES[value] ?? value);
    case 'referrer':
      return value === 'direct' ? t('links.stats.direct') : value;
    case 'network':
      return value === 'none' ? t('links.stats.noNetwork') : networkLabel(value);
    case 'rule':
      return value === 'default' ? t('links.stats.defaultDestination') : t('links.rules.number', { n: Number(value) + 1 });
  }
}

/** One point per UTC day from `from` to `to`, zero where nothing was clicked (the API leaves those days out). */
export function dailySeries(stats: LinkStats): Array<{ day: string; clicks: number }> {
  const byDay = new Map(stats.series.map((p) => [p.at.slice(0, 10), Number(p.clicks)]));
  const days: Array<{ day: string; clicks: number }> = [];
  const start = Date.parse(`${stats.from.slice(0, 10)}T00:00:00Z`);
  for (let at = start; at <= Date.parse(stats.to); at += DAY_MS) {
    const day = new Date(at).toISOString().slice(0, 10);
    days.push({ day, clicks: byDay.get(day) ?? 0 });
  }
  return days;
}
