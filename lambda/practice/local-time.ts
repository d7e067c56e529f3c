/** Wall-clock readings of an instant in a user's time zone. An unknown zone reads as UTC. */

export interface WallClock {
  /** `YYYY-MM-DD` */
  readonly day: string;
  /** 0-23 */
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/**
 * One formatter per zone: building one costs far more than using it. Bounded by the zones this
 * runtime knows (about 600), it is the container's only memory outside SkillDependencies, as
 * pure as a table of constants.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The fallback zone. */
const UTC = 'UTC';

/** True when `timeZone` is an IANA zone (or alias) this runtime can convert to. */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone === UTC) return true;
  if (timeZone.trim() === '') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock read from ICU: exact for any instant. */
function formattedWallClock(instant: Date, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    day: `${part('year')}-${part('month')}-${part('day')}`,
    hour: Number(part('hour')) % 24,
    minute: Number(part('minute')),
    second: Number(part('second')),
  };
}

export function wallClock(instant: Date, timeZone: string): WallClock {
  return formattedWallClock(instant, isValidTimeZone(timeZone) ? timeZone : UTC);
}

/** The calendar day (`YYYY-MM-DD`) at `instant` in `timeZone`; an unknown zone counts as UTC. */
export function localDay(instant: Date, timeZone: string): string {
  return wallClock(instant, timeZone).day;
}
