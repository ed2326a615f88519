/**
 * The wall clock in an IANA time zone, cheaply enough for the redirect path: each zone's UTC offset is computed with
 * Intl once per 15-minute UTC slot and reused. That is exact, not an approximation: every offset in use is a
 * multiple of 15 minutes and zones change offset at a whole or half local hour, so a change always falls on a
 * 15-minute UTC boundary and never inside a slot.
 */
const SLOT_MS = 15 * 60_000;
const MINUTES_PER_DAY = 1440;

interface ZoneOffset {
  readonly format: Intl.DateTimeFormat;
  slot: number;
  offsetMinutes: number;
}

const zones = new Map<string, ZoneOffset | null>();

function zoneFormat(zone: string): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
  } catch {
    return null; // RangeError: a zone this Node's ICU does not know
  }
}

function computeOffsetMinutes(format: Intl.DateTimeFormat, utcMs: number): number {
  const f: Record<string, number> = {};
  for (const part of format.formatToParts(utcMs)) if (part.type !== 'literal') f[part.type] = Number(part.value);
  const local = Date.UTC(f.year ?? 1970, (f.month ?? 1) - 1, f.day ?? 1, f.hour ?? 0, f.minute ?? 0);
  return Math.round((local - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
}

/** Minutes east of UTC in `zone` at `utcMs`, or null for a zone this runtime does not know. */
export function zoneOffsetMinutes(zone: string, utcMs: number): number | null {
  let state = zones.get(zone);
  if (state === undefined) {
    const format = zoneFormat(zone);
    state = format ? { format, slot: Number.NaN, offsetMinutes: 0 } : null;
    zones.set(zone, state);
  }
  if (state === null) return null;
  const slot = Math.floor(utcMs / SLOT_MS);
  if (slot !== state.slot) {
    state.offsetMinutes = computeOffsetMinutes(state.format, utcMs);
    state.slot = slot;
  }
  return state.offsetMinutes;
}

/** Minutes since 1970-01-01T00:00 on the local wall clock of `zone` (null: unknown zone). */
export function localEpochMinutes(zone: string, utcMs: number): number | null {
  const offset = zoneOffsetMinutes(zone, utcMs);
  return offset === null ? null : Math.floor(utcMs / 60_000) + offset;
}

/** 0…1439 */
export function minuteOfDay(epochMinutes: number): number {
  return ((epochMinutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
}

/** Days since 1970-01-01 (which was a Thursday). */
export function epochDay(epochMinutes: number): number {
  return Math.floor(epochMinutes / MINUTES_PER_DAY);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Month 1…12 of a day count since 1970-01-01 (proleptic Gregorian; H. Hinnant's `civil_from_days`). */
export function monthOfDay(day: number): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return mp < 10 ? mp + 3 : mp - 9;
}
