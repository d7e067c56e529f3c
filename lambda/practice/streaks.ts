/**
 * Streak maths on runs of consecutive practised local days (`YYYY-MM-DD`). Pure: "today" is always
 * passed in, already converted to the user's own calendar.
 *
 * A user's streaks are kept as a `StreakState`: the runs that end within `KEPT_DAYS` of the latest
 * practised day (each run as its first and last day, however long it is) and the longest run
 * ever. That is all the current streak, the longest streak, the last seven days and a milestone
 * need, exactly, whatever the length of the history, and it stays the same size: after three
 * years of daily practice it is one run.
 */
import { addDays, daysBetween, isCalendarDay } from './calendar-day';
import type { PracticeCounts, PracticeKind } from './practice-kind';

export { localDay } from './local-time';

/** Streak lengths, in days, that are celebrated once at the end of the session reaching them. */
export const MILESTONES: readonly number[] = [3, 7, 14, 30, 50, 100, 365];

/**
 * Runs that ended more than this many days before the latest practised day are dropped: they
 * can no longer be the current streak or touch the last seven days, and the longest streak
 * already counts them. It covers the last seven days plus the two days a calendar can move back
 * after crossing the date line, with room to spare.
 */
export const KEPT_DAYS = 14;

/** Consecutive practised days, `from` to `to` inclusive. */
export interface DayRun {
  readonly from: string;
  readonly to: string;
}

export interface StreakState {
  /** Recent runs, in order, neither overlapping nor touching. */
  readonly runs: readonly DayRun[];
  /** The longest run ever, in days. */
  readonly longest: number;
}

export const NO_STREAKS: StreakState = { runs: [], longest: 0 };

const lengthOf = (run: DayRun): number => daysBetween(run.from, run.to) + 1;

/** The runs of a set of days (any order, duplicates allowed; anything not a calendar day ignored). */
export function runsOf(days: Iterable<string>): DayRun[] {
  const sorted = [...new Set(days)].filter(isCalendarDay).sort();
  const runs: DayRun[] = [];
  for (const day of sorted) {
    const last = runs[runs.length - 1];
    if (last && daysBetween(last.to, day) === 1) runs[runs.length - 1] = { from: last.from, to: day };
    else runs.push({ from: day, to: day });
  }
  return runs;
}

/** Runs merged into order: overlapping or touching runs become one; unusable ones are dropped. */
export function normaliseRuns(runs: readonly DayRun[]): DayRun[] {
  const usable = runs
    .filter((run) => isCalendarDay(run.from) && isCalendarDay(run.to) && run.from <= run.to)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: DayRun[] = [];
  for (const run of usable) {
    const last = merged[merged.length - 1];
    if (last && daysBetween(last.to, run.from) <= 1) {
      merged[merged.length - 1] = { from: last.from, to: run.to > last.to ? run.to : last.to };
    } else merged.push(run);
  }
  return merged;
}

/** A streak state from what was stored: runs put in order, the longest at least the longest run kept. */
export function streakState(runs: readonly DayRun[], longest: number): StreakState {
  const normal = normaliseRuns(runs);
  const longestKept = Math.max(0, ...normal.map(lengthOf));
  return { runs: normal, longest: Math.max(Number.isInteger(longest) && longest > 0 ? longest : 0, longestKept) };
}

/** The latest practised day, if any. */
export function latestDay(state: StreakState): string | undefined {
  return state.runs[state.runs.length - 1]?.to;
}

/** Whether `day` was practised (as far as the kept runs tell). */
export function practisedOn(state: StreakState, day: string): boolean {
  return state.runs.some((run) => run.from <= day && day <= run.to);
}

/** The length of the run that contains `day` (0 when `day` was not practised). */
function runThrough(state: StreakState, day: string): number {
  const run = state.runs.find((r) => r.from <= day && day <= r.to);
  return run ? lengthOf(run) : 0;
}

/**
 * The state after a practice on `day`. A day older than the kept runs reach can only come from a
 * clock days off; it cannot join a run Steady still knows, so it changes no streak.
 */
export function withPracticeDay(state: StreakState, day: string): StreakState {
  if (!isCalendarDay(day)) return state;
  const latest = latestDay(state);
  if (latest !== undefined && daysBetween(day, latest) > KEPT_DAYS) return state;
  const runs = normaliseRuns([...state.runs, { from: day, to: day }]);
  const newLatest = runs[runs.length - 1]!.to;
  const kept = runs.filter((run) => daysBetween(run.to, newLatest) <= KEPT_DAYS);
  const joined = runs.find((run) => run.from <= day && day <= run.to)!;
  return { runs: kept, longest: Math.max(state.longest, lengthOf(joined)) };
}

/**
 * The streak that is still alive on `today`: the run through today when the user has practised
 * today, else the run through yesterday (a streak survives until the end of the day after the last
 * practice), else 0. The run extends both ways: a later day can exist after the user crossed the
 * date line eastwards and their calendar went back a day.
 */
export function currentStreak(state: StreakState, today: string): number {
  return practisedOn(state, today) ? runThrough(state, today) : runThrough(state, addDays(today, -1));
}

export function longestStreak(state: StreakState): number {
  return state.longest;
}

/** Practised days among the seven days ending with `today`. */
export function daysInLastSeven(state: StreakState, today: string): number {
  const first = addDays(today, -6);
  return state.runs.reduce((count, run) => {
    const from = run.from > first ? run.from : first;
    const to = run.to < today ? run.to : today;
    return from <= to ? count + daysBetween(from, to) + 1 : count;
  }, 0);
}

/**
 * The user's favourite kind of practice: the one with strictly more sessions than any other, and
 * at least two of them. A tie, or a single session, names no favourite, so the summary never picks
 * one arbitrarily.
 */
export function favouritePractice(practices: PracticeCounts): PracticeKind | undefined {
  const ranked = (Object.entries(practices) as [PracticeKind, number][]).sort(([, a], [, b]) => b - a);
  const [first, second] = ranked;
  if (!first || first[1] < 2) return undefined;
  if (second && second[1] === first[1]) return undefined;
  return first[0];
}

/**
 * The milestone to celebrate for a practice on `today`, given the streaks before and after it was
 * recorded. Only a practice that made `today` a new practised day can reach one, so several
 * sessions on one day (or concurrent devices) celebrate at most once. When the new day joins two
 * runs (possible after crossing the date line) the streak can jump past a milestone; the largest
 * one crossed is celebrated.
 */
export function milestoneReached(before: StreakState, after: StreakState, today: string): number | undefined {
  if (practisedOn(before, today) || !practisedOn(after, today)) return undefined;
  const previous = Math.max(runThrough(before, addDays(today, -1)), runThrough(before, addDays(today, 1)));
  const now = runThrough(after, today);
  const crossed = MILESTONES.filter((milestone) => milestone > previous && milestone <= now);
  return crossed.length > 0 ? crossed[crossed.length - 1] : undefined;
}
