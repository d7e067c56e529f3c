/**
 * Streak maths on sets of local practice days (`YYYY-MM-DD`). Pure: "today" is always passed in,
 * already converted to the user's own calendar.
 */
import { addDays, daysBetween } from './calendar-day';

export { localDay } from './local-time';

/** Streak lengths, in days, that are celebrated once at the end of the session reaching them. */
export const MILESTONES: readonly number[] = [3, 7, 14, 30, 50, 100, 365];

/**
 * The number of consecutive practised days in the run that contains `day` (0 when `day` itself was
 * not practised). The run extends both ways: a later day can exist after the user crossed the date
 * line eastwards and their calendar went back a day.
 */
function runThrough(days: ReadonlySet<string>, day: string): number {
  if (!days.has(day)) return 0;
  let length = 1;
  for (let d = addDays(day, -1); days.has(d); d = addDays(d, -1)) length++;
  for (let d = addDays(day, 1); days.has(d); d = addDays(d, 1)) length++;
  return length;
}

/**
 * The streak that is still alive on `today`: the run through today when the user has practised
 * today, else the run through yesterday (a streak survives until the end of the day after the last
 * practice), else 0.
 */
export function currentStreak(days: readonly string[], today: string): number {
  const practised = new Set(days);
  return practised.has(today) ? runThrough(practised, today) : runThrough(practised, addDays(today, -1));
}

export function longestStreak(days: readonly string[]): number {
  const sorted = [...new Set(days)].sort();
  let longest = 0;
  let run = 0;
  sorted.forEach((day, i) => {
    run = i > 0 && daysBetween(sorted[i - 1]!, day) === 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  return longest;
}

/** Practised days among the seven days ending with `today`. */
export function daysInLastSeven(days: readonly string[], today: string): number {
  return [...new Set(days)].filter((day) => {
    const age = daysBetween(day, today);
    return age >= 0 && age < 7;
  }).length;
}

/**
 * The user's favourite technique: the one with strictly more sessions than any other, and at least
 * two of them. A tie, or a single session, names no favourite, so the summary never picks one
 * arbitrarily.
 */
export function favouriteTechnique(techniques: Readonly<Record<string, number>>): string | undefined {
  const ranked = Object.entries(techniques).sort(([, a], [, b]) => b - a);
  const [first, second] = ranked;
  if (!first || first[1] < 2) return undefined;
  if (second && second[1] === first[1]) return undefined;
  return first[0];
}

/**
 * The milestone to celebrate for a practice on `today`, given the practised days before and after
 * it was recorded. Only a practice that made `today` a new practised day can reach one, so
 * several sessions on one day (or concurrent devices) celebrate at most once. When the new day
 * joins two runs (possible after crossing the date line) the streak can jump past a milestone;
 * the largest one crossed is celebrated.
 */
export function milestoneReached(
  before: readonly string[],
  after: readonly string[],
  today: string,
): number | undefined {
  const beforeDays = new Set(before);
  const afterDays = new Set(after);
  if (beforeDays.has(today) || !afterDays.has(today)) return undefined;
  const previous = Math.max(
    runThrough(beforeDays, addDays(today, -1)),
    runThrough(beforeDays, addDays(today, 1)),
  );
  const now = runThrough(afterDays, today);
  const crossed = MILESTONES.filter((milestone) => milestone > previous && milestone <= now);
  return crossed.length > 0 ? crossed[crossed.length - 1] : undefined;
}
