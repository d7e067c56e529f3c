/** Wall-clock times in a named time zone, for faking the date of local runs. */
import { isValidTimeZone, wallClock } from '../../lambda/practice/local-time';

export function isTimeZone(zone: string): boolean {
  return isValidTimeZone(zone);
}

export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The zone's UTC offset at an instant, in milliseconds (positive east of Greenwich). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const clock = wallClock(new Date(instant), timeZone);
  const [year, month, day] = clock.day.split('-').map(Number) as [number, number, number];
  const wallClockAsUtc = Date.UTC(year, month - 1, day, clock.hour, clock.minute, clock.second);
  return wallClockAsUtc - (instant - (instant % 1000));
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why the parts are no date and time on any calendar (2026-02-30, 24:30), or undefined. */
function impossibleDateTime(year: number, month: number, day: number, hour: number, minute: number, second: number): string | undefined {
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return `${MONTHS[month - 1]} ${year} has ${daysInMonth} days`;
  if (hour > 23 || minute > 59 || second > 59) return 'the time is past 23:59:59';
  return undefined;
}

/**
 * The instant a wall-clock time (`2026-03-08T22:00`, `2026-03-08`) names in a time zone. A text
 * with its own offset or `Z` is taken as it is. In the hour skipped when clocks go forward the
 * result is the instant after the gap; in the hour repeated when they go back, the first one.
 */
export function instantFromLocal(text: string, timeZone: string): Date {
  const match = LOCAL_DATE_TIME.exec(text.trim());
  if (!match) {
    const absolute = new Date(text);
    if (/(?:Z|[+-]\d{2}:?\d{2})$/i.test(text.trim()) && !Number.isNaN(absolute.getTime())) return absolute;
    throw new Error(`not a date: "${text}" (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)`);
  }
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = match;
  const impossible = impossibleDateTime(Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second));
  if (impossible) throw new Error(`not a date: "${text}" (${impossible})`);
  const asUtc = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  // Two passes settle the offset on either side of a daylight-saving change.
  const firstGuess = asUtc - zoneOffsetMs(asUtc, timeZone);
  const earlier = asUtc - zoneOffsetMs(firstGuess, timeZone);
  const candidates = [firstGuess, earlier].filter((t) => t + zoneOffsetMs(t, timeZone) === asUtc);
  return new Date(candidates.length > 0 ? Math.min(...candidates) : Math.max(firstGuess, earlier));
}

/** `2026-03-08 22:00` in the zone. */
export function formatLocal(instant: Date, timeZone: string): string {
  const offsetMs = zoneOffsetMs(instant.getTime(), timeZone);
  return new Date(instant.getTime() + offsetMs).toISOString().slice(0, 16).replace('T', ' ');
}
