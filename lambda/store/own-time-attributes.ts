/**
 * Time on your own as attributes of the practice item, so that it lives under the item's one
 * revision and goes with it on a forget:
 *
 *   ownTimePending  N   the stretch set and not yet reported
 *   ownTimeLast     N   the last stretch reported done
 *   ownTimeNext     N   the length to suggest next
 *   ownTimeWeeks    L   [{ week, minutes, longest }], oldest first
 *   ownTimeReportedBy S  the request tag of the report that finished the last stretch
 *
 * Read defensively like the rest of the item: anything malformed is left out rather than spoken.
 */
import { EMPTY_OWN_TIME, OWN_TIME_WEEKS_KEPT, type OwnTimeRecord, type OwnTimeWeek } from '../practice/own-time-record';

type Item = Record<string, unknown>;

export const OWN_TIME_ATTRIBUTES = {
  pendingMinutes: 'ownTimePending',
  lastMinutes: 'ownTimeLast',
  nextMinutes: 'ownTimeNext',
  weeks: 'ownTimeWeeks',
  reportedBy: 'ownTimeReportedBy',
} as const;

const REQUEST_TAG = /^[0-9a-f]{24}$/;

const ISO_WEEK = /^\d{4}-W\d{2}$/;

function wholeMinutes(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : undefined;
}

function weeksFrom(value: unknown): OwnTimeWeek[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { week, minutes, longest } = entry as Record<string, unknown>;
    const total = wholeMinutes(minutes);
    const most = wholeMinutes(longest);
    return typeof week === 'string' && ISO_WEEK.test(week) && total !== undefined && most !== undefined
      ? [{ week, minutes: total, longest: most }]
      : [];
  });
}

/** The time on your own in an item whose attributes are named by `names`. */
export function ownTimeFrom(
  item: Item | undefined,
  names: Readonly<Record<keyof typeof OWN_TIME_ATTRIBUTES, string>> = OWN_TIME_ATTRIBUTES,
): OwnTimeRecord {
  if (!item) return EMPTY_OWN_TIME;
  const pendingMinutes = wholeMinutes(item[names.pendingMinutes]);
  const lastMinutes = wholeMinutes(item[names.lastMinutes]);
  const nextMinutes = wholeMinutes(item[names.nextMinutes]);
  const reportedBy = item[names.reportedBy];
  return {
    ...(pendingMinutes !== undefined ? { pendingMinutes } : {}),
    ...(lastMinutes !== undefined ? { lastMinutes } : {}),
    ...(nextMinutes !== undefined ? { nextMinutes } : {}),
    weeks: weeksFrom(item[names.weeks]).slice(-OWN_TIME_WEEKS_KEPT),
    ...(typeof reportedBy === 'string' && REQUEST_TAG.test(reportedBy) ? { reportedBy } : {}),
  };
}

/** The record as practice item attributes; an empty record is no attributes at all. */
export function ownTimeAttributes(record: OwnTimeRecord): Item {
  const round = (minutes: number | undefined) => (minutes === undefined ? undefined : Math.round(minutes));
  const attributes: Item = {
    [OWN_TIME_ATTRIBUTES.pendingMinutes]: round(record.pendingMinutes),
    [OWN_TIME_ATTRIBUTES.lastMinutes]: round(record.lastMinutes),
    [OWN_TIME_ATTRIBUTES.nextMinutes]: round(record.nextMinutes),
    [OWN_TIME_ATTRIBUTES.weeks]:
      record.weeks.length > 0
        ? record.weeks.slice(-OWN_TIME_WEEKS_KEPT).map(({ week, minutes, longest }) => ({ week, minutes, longest }))
        : undefined,
    [OWN_TIME_ATTRIBUTES.reportedBy]: record.reportedBy,
  };
  return Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined));
}
