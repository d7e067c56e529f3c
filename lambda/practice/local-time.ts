/** Wall-clock readings of an instant in a user's time zone. An unknown zone reads as UTC. */

export interface WallClock {
  /** `YYYY-MM-DD` */
  readonly day: string;
  /** 0-23 */
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

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

/** The fallback zone, read without ICU: its offset is always zero. */
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

let preparing = false;

/**
 * Readies ICU for the zone about to arrive, while the caller waits on the network: a new
 * container's first Intl formatter costs about 15 ms of CPU here (more on a Lambda's share of a
 * core), which would otherwise come after the wait instead of during it.
 */
export function prepareTimeZonesWhileWaiting(): void {
  if (preparing || formatters.size > 0) return;
  preparing = true;
  setImmediate(() => formatterFor(UTC));
}

/** The wall clock read from ICU: exact for any instant, and the costly part of a request's clock. */
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

const QUARTER_HOUR_MS = 15 * 60_000;

/** The zone's offset from UTC at a whole second, from ICU's wall clock. */
function offsetAtMs(utcMs: number, timeZone: string): number {
  const instantMs = Math.floor(utcMs / 1000) * 1000;
  const clock = formattedWallClock(new Date(instantMs), timeZone);
  const [year, month, day] = clock.day.split('-').map(Number) as [number, number, number];
  const wall = new Date(0);
  wall.setUTCFullYear(year, month - 1, day);
  wall.setUTCHours(clock.hour, clock.minute, clock.second, 0);
  return wall.getTime() - instantMs;
}

/** Each zone's offset over the last quarter hour read, when it held for the whole quarter hour. */
const steadyOffsets = new Map<string, { readonly quarter: number; readonly offsetMs: number }>();

/**
 * The zone's offset at an instant. Zones change offset at most once in a quarter hour, so an
 * offset that is the same at both ends of one holds throughout it and is kept for the next
 * request; a quarter hour with a change in it is read exactly, every time.
 */
function offsetMs(utcMs: number, timeZone: string): number {
  if (timeZone === UTC) return 0;
  const quarter = Math.floor(utcMs / QUARTER_HOUR_MS);
  const kept = steadyOffsets.get(timeZone);
  if (kept?.quarter === quarter) return kept.offsetMs;
  const start = quarter * QUARTER_HOUR_MS;
  const atStart = offsetAtMs(start, timeZone);
  if (offsetAtMs(start + QUARTER_HOUR_MS - 1000, timeZone) !== atStart) return offsetAtMs(utcMs, timeZone);
  steadyOffsets.set(timeZone, { quarter, offsetMs: atStart });
  return atStart;
}

const twoDigits = (n: number): string => String(n).padStart(2, '0');

export function wallClock(instant: Date, timeZone: string): WallClock {
  const zone = isValidTimeZone(timeZone) ? timeZone : UTC;
  const utcMs = instant.getTime();
  const wall = new Date(utcMs + offsetMs(utcMs, zone));
  return {
    day: `${wall.getUTCFullYear()}-${twoDigits(wall.getUTCMonth() + 1)}-${twoDigits(wall.getUTCDate())}`,
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

/** The calendar day (`YYYY-MM-DD`) at `instant` in `timeZone`; an unknown zone counts as UTC. */
export function localDay(instant: Date, timeZone: string): string {
  return wallClock(instant, timeZone).day;
}
