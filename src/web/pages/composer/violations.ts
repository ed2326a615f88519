/** Places the API's validation violations next to the part of the composer they are about. */
import type { ErrorParams } from '../../http';
import { violationSentence } from '../../lib/errors';
import type { Violation } from '../../api';

export type Area = 'text' | 'media' | 'channels' | 'schedule' | 'tags' | 'other';

export function areaOf(field: string): Area {
  const head = field.split(/[.[]/)[0];
  if (head === 'text' || head === 'variants') return 'text';
  if (head === 'media' || head === 'mediaIds') return 'media';
  if (head === 'channelIds' || head === 'channels') return 'channels';
  if (head === 'scheduledAt' || head === 'scheduledLocal' || head === 'publishNow' || head === 'queue' || head === 'bestTime') return 'schedule';
  if (head === 'tags') return 'tags';
  return 'other';
}

export function inArea(violations: Violation[], area: Area, network?: string): Violation[] {
  return violations.filter((v) => areaOf(v.field) === area && (network === undefined || v.network === network));
}

/** In the person's language, with the numbers the server sent as `params` (see lib/errors.ts). */
export function violationText(v: Violation & { params?: ErrorParams }): string {
  return violationSentence(v.rule, { network: v.network, ...v.params }, v.message);
}
