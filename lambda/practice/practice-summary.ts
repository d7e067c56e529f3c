import type { PracticeKind } from './practice-kind';
import type { PracticeHistory } from './practice-record';
import { daysBetween } from './calendar-day';
import { currentStreak, daysInLastSeven, favouritePractice, latestDay, longestStreak, practisedOn } from './streaks';

/** The numbers the spoken summary is made of, decided before any wording. */
export interface PracticeSummary {
  readonly sessions: number;
  readonly minutes: number;
  readonly currentStreak: number;
  readonly longestStreak: number;
  readonly daysInLastSeven: number;
  readonly practisedToday: boolean;
  /** Days since the most recent practice; undefined when there is none. */
  readonly daysSinceLastPractice?: number;
  readonly favouritePractice?: PracticeKind;
}

/**
 * Local calendars in different zones disagree by up to two days, so after crossing the date line
 * eastwards the latest practised day can lie after today. Counting from that day keeps a trip from
 * shortening the streak or the week.
 */
const MAX_DATE_LINE_SHIFT_DAYS = 2;

function countingDay(latest: string | undefined, today: string): string {
  if (latest === undefined) return today;
  const ahead = daysBetween(today, latest);
  return ahead > 0 && ahead <= MAX_DATE_LINE_SHIFT_DAYS ? latest : today;
}

export function summarisePractice(history: PracticeHistory, today: string): PracticeSummary {
  const { streaks } = history;
  const latest = latestDay(streaks);
  const day = countingDay(latest, today);
  const favourite = favouritePractice(history.practices);
  return {
    sessions: history.sessions,
    minutes: history.minutes,
    currentStreak: currentStreak(streaks, day),
    longestStreak: longestStreak(streaks),
    daysInLastSeven: daysInLastSeven(streaks, day),
    practisedToday: practisedOn(streaks, day),
    ...(latest !== undefined ? { daysSinceLastPractice: Math.max(0, daysBetween(latest, day)) } : {}),
    ...(favourite !== undefined ? { favouritePractice: favourite } : {}),
  };
}
