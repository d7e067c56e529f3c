/**
 * Paced time apart, decided before any wording: how long to suggest, how the next length moves
 * after "easy, okay or hard", and what a week's progress is. Pure: the week, the answer and the
 * longest stretch a timer can hold (`longestMinutes`) are passed in, and the answer itself is
 * never kept.
 */
import { OWN_TIME_WEEKS_KEPT, type OwnTimeRecord, type OwnTimeWeek } from '../../practice/own-time-record';

/** A first stretch: short enough to feel doable. */
export const FIRST_STRETCH_MINUTES = 10;
export const MIN_STRETCH_MINUTES = 5;

export type StretchEase = 'easy' | 'okay' | 'hard';

/** A length a timer can hold, in whole minutes, up to `longestMinutes`. */
export function clampStretch(minutes: number, longestMinutes: number): number {
  return Math.min(longestMinutes, Math.max(1, Math.round(minutes)));
}

/** "Up gently": five minutes more while stretches are under an hour, ten after. */
function gentleStep(minutes: number): number {
  return minutes >= 60 ? 10 : 5;
}

/** The next suggested length after a stretch of `minutes` that felt `ease`. */
export function nextStretch(minutes: number, ease: StretchEase, longestMinutes: number): number {
  const clamp = (length: number) => clampStretch(length, longestMinutes);
  switch (ease) {
    case 'easy':
      return clamp(minutes + gentleStep(minutes));
    case 'okay':
      return clamp(minutes);
    case 'hard':
      return clamp(minutes <= MIN_STRETCH_MINUTES ? minutes : Math.max(MIN_STRETCH_MINUTES, minutes - gentleStep(minutes - 1)));
  }
}

/** The length to suggest when the user names none. */
export function suggestedStretch(record: OwnTimeRecord): number {
  return record.nextMinutes ?? record.lastMinutes ?? FIRST_STRETCH_MINUTES;
}

/** ISO 8601 week (`YYYY-Www`) of a local calendar day (`YYYY-MM-DD`). */
export function isoWeek(localDay: string): string {
  const date = new Date(`${localDay}T00:00:00Z`);
  const weekday = date.getUTCDay() || 7;
  // The Thursday of this week decides the year the week belongs to.
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The ISO week before `week`, from a day in it. */
export function weekBefore(localDay: string): string {
  const date = new Date(`${localDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 7);
  return isoWeek(date.toISOString().slice(0, 10));
}

/**
 * The record once the pending stretch has been reported: its minutes count in this week, the
 * next length moves with the answer, and nothing of the answer stays.
 */
export function reportStretch(
  record: OwnTimeRecord,
  ease: StretchEase,
  localDay: string,
  longestMinutes: number,
  reportedBy?: string,
): OwnTimeRecord {
  const minutes = record.pendingMinutes;
  if (minutes === undefined) return record;
  const week = isoWeek(localDay);
  const current = record.weeks.find((w) => w.week === week);
  const updated: OwnTimeWeek = current
    ? { week, minutes: current.minutes + minutes, longest: Math.max(current.longest, minutes) }
    : { week, minutes, longest: minutes };
  const weeks = [...record.weeks.filter((w) => w.week !== week), updated].sort((a, b) => a.week.localeCompare(b.week));
  return {
    lastMinutes: minutes,
    nextMinutes: nextStretch(minutes, ease, longestMinutes),
    weeks: weeks.slice(-OWN_TIME_WEEKS_KEPT),
    ...(reportedBy !== undefined ? { reportedBy } : {}),
  };
}

/** This week's and last week's time on your own, as the record holds them. */
export interface OwnTimeProgress {
  readonly thisWeek?: OwnTimeWeek;
  readonly lastWeek?: OwnTimeWeek;
  /** Minutes on your own in all the weeks kept. */
  readonly minutesKept: number;
}

export function ownTimeProgress(record: OwnTimeRecord, localDay: string): OwnTimeProgress {
  const thisWeek = record.weeks.find((w) => w.week === isoWeek(localDay));
  const lastWeek = record.weeks.find((w) => w.week === weekBefore(localDay));
  return {
    ...(thisWeek ? { thisWeek } : {}),
    ...(lastWeek ? { lastWeek } : {}),
    minutesKept: record.weeks.reduce((sum, w) => sum + w.minutes, 0),
  };
}
