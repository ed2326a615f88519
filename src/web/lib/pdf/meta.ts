/** The lines under an exported report's title, in the reader's language: workspace, period, filters, date made. */
import type { TFunction } from 'i18next';

/** `from`/`to` are days (YYYY-MM-DD) or instants; only their day is shown. */
export function reportMeta(t: TFunction, language: string, workspace: string, from: string, to: string, filters: string[], now = new Date()): string[] {
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const at = (iso: string) => day.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
  return [
    t('pdf.workspace', { name: workspace }),
    t('pdf.period', { from: at(from), to: at(to) }),
    filters.length ? t('pdf.filters', { filters: filters.join(', ') }) : t('pdf.noFilters'),
    t('pdf.generated', { when: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(now) }),
  ];
}
