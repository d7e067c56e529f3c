/**
 * Time on your own as Steady keeps it: practice activity only, the length of the stretch set and
 * not yet reported, the last length practised, the length to suggest next, and the minutes
 * practised in each recent ISO week. How a stretch felt is never kept: it only moves `nextMinutes`.
 */

/** The weeks kept: enough for "last week" and "this week", bounded so the record stays small. */
export const OWN_TIME_WEEKS_KEPT = 8;

export interface OwnTimeWeek {
  /** ISO 8601 week, `YYYY-Www`, in the user's time zone. */
  readonly week: string;
  /** Minutes practised on your own that week, in all. */
  readonly minutes: number;
  /** The longest single stretch that week. */
  readonly longest: number;
}

export interface OwnTimeRecord {
  /** A stretch set (with or without a timer) whose end has not been reported yet. */
  readonly pendingMinutes?: number;
  /** The last stretch reported done. */
  readonly lastMinutes?: number;
  /** The length to suggest next. */
  readonly nextMinutes?: number;
  /** Oldest first, at most OWN_TIME_WEEKS_KEPT. */
  readonly weeks: readonly OwnTimeWeek[];
  /** The request tag (practice-record.ts requestTag) of the report that finished the last stretch, so its retry hears the same answer. */
  readonly reportedBy?: string;
  /** The revision of the practice item it was read from, opaque: a save goes only over this one. */
  readonly revision?: unknown;
}

export const EMPTY_OWN_TIME: OwnTimeRecord = { weeks: [] };

/** True when the record holds nothing worth keeping. */
export function isEmptyOwnTime(record: OwnTimeRecord): boolean {
  return (
    record.pendingMinutes === undefined && record.lastMinutes === undefined && record.nextMinutes === undefined && record.weeks.length === 0
  );
}
