/** A rule's condition in a few words: "Climate: hot", "Countries: FR, BE"; the JSON for combinators. */
import { useTranslation } from 'react-i18next';
import type { ShortLink } from '../../api';
import { fromRule } from './ruleDrafts';

export function RuleSummary({ rule }: { rule: ShortLink['rules'][number] }) {
  const { t } = useTranslation();
  const d = fromRule(rule);
  let text: string;
  switch (d.kind) {
    case 'country':
    case 'language':
      text = d.list;
      break;
    case 'device':
      text = d.devices.map((v) => t(`links.devices.${v}`)).join(', ');
      break;
    case 'climate':
      text = d.climates.map((v) => t(`links.climates.${v}`)).join(', ');
      break;
    case 'localTime':
      text = `${d.from}–${d.to}`;
      break;
    case 'query':
      text = `${d.param} = ${d.equals}`;
      break;
    case 'custom':
      return <code>{JSON.stringify(d.custom)}</code>;
  }
  return <span>{t('links.rules.summary', { kind: t(`links.rules.kinds.${d.kind}`), values: text })}</span>;
}
