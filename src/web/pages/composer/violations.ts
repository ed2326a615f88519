/** Places the API's validation violations next to the part of the composer they are about. */
import i18n from 'i18next';
import type { Violation } from '../../api';

export type Area = 'text' | 'media' | 'channels' | 'schedule' | 'other';

export function areaOf(field: string): Area {
  const head = field.split(/[.[]/)[0];
  if (head === 'text' || head === 'variants') return 'text';
  if (head === 'media' || head === 'mediaIds') return 'media';
  if (head === 'channelIds' || head === 'channels') return 'channels';
  if (head === 'scheduledAt' || head === 'publishNow') return 'schedule';
  return 'other';
}

export function inArea(violations: Violation[], area: Area, network?: string): Violation[] {
  return violations.filter((v) => areaOf(v.field) === area && (network === undefined || v.network === network));
}

/** The server's message names numbers and the network in English; French gets a translation by rule when known. */
export function violationText(v: Violation): string {
  const key = `violations.${v.rule}`;
  if (!i18n.language.startsWith('en') && i18n.exists(key)) return i18n.t(key, { network: i18n.t(`networks.${v.network}`, { defaultValue: v.network }) });
  return v.message;
}
