/** The lines under an exported report's title, in the reader's language: workspace, period, filters, date made. */
import type { TFunction } from 'i18next';

/**
 * `from`/`to` are days (YYYY-MM-DD) or instants; only their day is shown. `scope` is the line saying what the report
 * covers beyond the period (the filters of an analytics view, a campaign's goal).
 */
export function reportMeta(t: TFunction, language: string, workspace: string, from: string, to: string, scope: string, now = new Date()): string[] {
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const at = (iso: string) => day.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
  return [
    t('pdf.workspace', { name: workspace }),
    t('pdf.period', { from: at(from), to: at(to) }),
    scope,
    t('pdf.generated', { when: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(now) }),
  ];
}
