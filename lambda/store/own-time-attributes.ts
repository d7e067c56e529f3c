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
import * as v from 'valibot';
import { EMPTY_OWN_TIME, OWN_TIME_WEEKS_KEPT, type OwnTimeRecord } from '../practice/own-time-record';
import { fieldsOf, finiteNumber, listOf, orAbsent } from '../tolerant-schema';

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

/** Minutes more than none, to the whole minute. */
const WHOLE_MINUTES = v.pipe(finiteNumber, v.gtValue(0), v.transform(Math.round));

const WEEK = v.object({ week: v.pipe(v.string(), v.regex(ISO_WEEK)), minutes: WHOLE_MINUTES, longest: WHOLE_MINUTES });

/** The record by its own field names; the item's attributes are renamed to these first. */
const OWN_TIME = fieldsOf({
  pendingMinutes: orAbsent(WHOLE_MINUTES),
  lastMinutes: orAbsent(WHOLE_MINUTES),
  nextMinutes: orAbsent(WHOLE_MINUTES),
  weeks: v.pipe(
    listOf(WEEK),
    v.transform((weeks) => weeks.slice(-OWN_TIME_WEEKS_KEPT)),
  ),
  reportedBy: orAbsent(v.pipe(v.string(), v.regex(REQUEST_TAG))),
});

/** The time on your own in an item whose attributes are named by `names`. */
export function ownTimeFrom(
  item: Item | undefined,
  names: Readonly<Record<keyof typeof OWN_TIME_ATTRIBUTES, string>> = OWN_TIME_ATTRIBUTES,
): OwnTimeRecord {
  if (!item) return EMPTY_OWN_TIME;
  const fields = Object.entries(names).map(([field, name]) => [field, item[name]]);
  return v.parse(OWN_TIME, Object.fromEntries(fields));
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
