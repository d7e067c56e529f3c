/**
 * The items Steady keeps for a user, all under the partition key `pk` = the Alexa user id:
 *
 *   sk "practice"      the practice record (see practice/practice-record.ts):
 *     revision         N   changes on every write of the item: a practice, a forget, a preference
 *                          saved; a practice or a forget is written only over the revision it read
 *     sessions         N   total sessions
 *     minutes          N   total minutes
 *     practices        M   sessions per kind of practice (practice/practice-kind.ts): breathing,
 *                          relaxation, grounding, reflection, bedtime; never what led to one
 *     runs             L   recent runs of practised days, [{ from, to }] (practice/streaks.ts)
 *     longest          N   the longest run ever, in days
 *     tz               S   last time zone known
 *     p_<field>        the saved preferences, one attribute per field (practice/preferences.ts)
 *     answers          L   the answers of the last ten minutes' requests, for retries to replay
 *     ownTime…             time on your own (store/own-time-attributes.ts)
 *     forgotten        M   { request, at, unfinished? } of the last "forget my history", for three
 *                          days; `unfinished` until the other items under the key are deleted
 *     expiresAt        N   TTL, epoch seconds: only on a record that holds nothing but `forgotten`
 *   sk "own-time"      time on your own as the layout before this one kept it: read while the
 *                      practice item holds none, folded into it by the next own-time write
 *
 * The preferences and the time on your own live in the practice item so that a practice reads
 * everything it plans on in one GetItem, and so that everything kept about a person is under one
 * revision: a preference or a stretch saved moves it, so a write planned on the item before is
 * refused and redone over it, and a forget (which puts the memo over the revision it read) leaves
 * nothing any earlier read could write back. A write asked before the last forget is refused.
 *
 * Every attribute is read tolerantly, by the schemas below (built of lambda/tolerant-schema.ts):
 * a value of the wrong type, a count that is negative or not finite, a day that is not a calendar
 * day is ignored, and because each practice puts the whole item, the next practice writes it back
 * repaired. Items written by the layouts before this one (a
 * `days` set, `techniques` or `t_<technique>` counters) read the same way and are rewritten in this
 * layout by their next practice.
 */
import * as v from 'valibot';
import type { Preferences } from '../practice/preferences';
import { preferencesFrom } from '../practice/preferences';
import { EMPTY_HISTORY, FORGET_KEPT_MS, type PracticeRecord } from '../practice/practice-record';
import { isCalendarDay } from '../practice/calendar-day';
import { isPracticeKind, practiceKindOf, type PracticeCounts, type PracticeKind } from '../practice/practice-kind';
import { runsOf, streakState } from '../practice/streaks';
import { isValidTimeZone } from '../practice/local-time';
import { isEmptyOwnTime } from '../practice/own-time-record';
import { fieldsOf, finiteNumber, keptItems, listOf, mapOf, orAbsent, plainMap } from '../tolerant-schema';
import { ownTimeAttributes, ownTimeFrom } from './own-time-attributes';
import { PRACTICE_SORT_KEY, TABLE_SCHEMA, TTL_ATTRIBUTE } from './table-schema';

/** An item as the document client reads it: numbers already JavaScript numbers. */
export type Item = Record<string, unknown>;

const PREFERENCE_PREFIX = 'p_';
/** The per-technique counters of the layout before `techniques`. */
const TECHNIQUE_PREFIX = 't_';

/** The attribute of a saved preference. */
export const preferenceAttribute = (field: string): string => `${PREFERENCE_PREFIX}${field}`;

export function itemKey(userId: string, sortKey: string): Record<string, string> {
  return { [TABLE_SCHEMA.partitionKey.name]: userId, [TABLE_SCHEMA.sortKey.name]: sortKey };
}

/** A count: a finite, non-negative number; anything else reads as 0. */
const COUNT = v.fallback(v.pipe(finiteNumber, v.minValue(0)), 0);
/** A count of sessions, whole. */
const SESSIONS = v.pipe(COUNT, v.transform(Math.floor));
/** Sessions by name; a name is checked by whoever reads it. */
const COUNTERS = mapOf(SESSIONS);
const CALENDAR_DAY = v.pipe(v.string(), v.check(isCalendarDay));
const RUN = v.object({ from: CALENDAR_DAY, to: CALENDAR_DAY });
/** A set read as a list, so that one schema reads the days of either. */
const SET_AS_LIST = v.pipe(
  v.set(v.unknown()),
  v.transform((set) => [...set]),
);
/** The practised days of the layout before runs, a set or a list: anything but a string in it is left out. */
const DAYS = v.pipe(v.union([SET_AS_LIST, v.unknown()]), listOf(v.string()));
/** Saved preferences, as practice/preferences.ts reads them; anything but a map is none. */
const PREFERENCES = v.fallback(v.pipe(plainMap, v.transform(preferencesFrom)), () => ({}));

const ANSWER = fieldsOf({
  request: v.string(),
  at: finiteNumber,
  localDay: CALENDAR_DAY,
  localHour: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23)),
  milestoneDays: orAbsent(v.pipe(v.number(), v.integer(), v.minValue(1))),
  preferences: v.optional(PREFERENCES, () => ({})),
});

const FORGOTTEN = fieldsOf({ request: v.string(), at: finiteNumber, unfinished: orAbsent(v.literal(true)) });

/**
 * The attributes of the practice item that hold its record, each read tolerantly. The ones named
 * by a prefix (`p_`, `t_`) and the time on your own are read by schemas of their own.
 */
const PRACTICE_ITEM = fieldsOf({
  sessions: v.optional(SESSIONS, 0),
  minutes: v.optional(COUNT, 0),
  practices: orAbsent(COUNTERS),
  techniques: orAbsent(COUNTERS),
  /** Present in any shape, they are the runs (none, if of the wrong shape); absent, `days` are read. */
  runs: v.optional(v.fallback(keptItems(RUN), () => [])),
  days: v.optional(DAYS, () => []),
  longest: v.optional(COUNT, 0),
  tz: orAbsent(v.pipe(v.string(), v.check(isValidTimeZone))),
  answers: listOf(ANSWER),
  forgotten: orAbsent(FORGOTTEN),
});

/** The attributes whose names start with `prefix`, by the rest of their name. */
function attributesUnder(item: Item, prefix: string): Item {
  return Object.fromEntries(
    Object.entries(item)
      .filter(([name]) => name.startsWith(prefix))
      .map(([name, value]) => [name.slice(prefix.length), value]),
  );
}

/**
 * Sessions per kind of practice. Layouts before this one counted sessions by what they were
 * for (`techniques: { panic, reframe, … }`, earlier `t_<technique>` counters); those counts are
 * folded into the kind of practice each was, a name of no known kind is dropped (its sessions and
 * minutes still count), and the next practice writes the item without them.
 */
function practicesOf(counters: Readonly<Record<string, number>>, kindOf: (name: string) => PracticeKind | undefined): PracticeCounts {
  const practices: Partial<Record<PracticeKind, number>> = {};
  for (const [name, sessions] of Object.entries(counters)) {
    const kind = kindOf(name);
    if (kind !== undefined && sessions > 0) practices[kind] = (practices[kind] ?? 0) + sessions;
  }
  return practices;
}

const practiceKindNamed = (name: string): PracticeKind | undefined => (isPracticeKind(name) ? name : undefined);

/** The record the practice item holds; anything unusable in it is left out. */
export function recordFromItem(practiceItem: Item | undefined): PracticeRecord {
  const item = practiceItem ?? {};
  const read = v.parse(PRACTICE_ITEM, item);
  const practices = read.practices
    ? practicesOf(read.practices, practiceKindNamed)
    : practicesOf(read.techniques ?? v.parse(COUNTERS, attributesUnder(item, TECHNIQUE_PREFIX)), practiceKindOf);
  const ownTime = ownTimeFrom(item);
  return {
    history: {
      ...EMPTY_HISTORY,
      sessions: read.sessions,
      minutes: read.minutes,
      practices,
      streaks: streakState(read.runs ?? runsOf(read.days), read.longest),
      ...(read.tz !== undefined ? { timeZone: read.tz } : {}),
      preferences: preferencesFrom(attributesUnder(item, PREFERENCE_PREFIX)),
    },
    answers: read.answers,
    ...(isEmptyOwnTime(ownTime) ? {} : { ownTime }),
    ...(read.forgotten ? { forgotten: read.forgotten } : {}),
    ...(practiceItem && 'revision' in practiceItem ? { revision: practiceItem.revision } : {}),
  };
}

/** The practice item for a record, whole: every write puts all of it, so it is always well formed. */
export function practiceItem(userId: string, record: PracticeRecord, revision: number): Item {
  const { history } = record;
  const ownTime = record.ownTime ? ownTimeAttributes(record.ownTime) : {};
  const onlyForgotten =
    history.sessions === 0 && record.answers.length === 0 && Object.keys(ownTime).length === 0 && record.forgotten !== undefined;
  return {
    ...itemKey(userId, PRACTICE_SORT_KEY),
    revision,
    sessions: history.sessions,
    minutes: history.minutes,
    practices: { ...history.practices },
    runs: history.streaks.runs.map(({ from, to }) => ({ from, to })),
    longest: history.streaks.longest,
    ...(history.timeZone !== undefined ? { tz: history.timeZone } : {}),
    ...preferenceAttributes(history.preferences),
    answers: record.answers.map(({ preferences, ...answer }) =>
      Object.keys(preferences).length > 0 ? { ...answer, preferences: { ...preferences } } : answer,
    ),
    ...ownTime,
    ...(record.forgotten ? { forgotten: { ...record.forgotten } } : {}),
    ...(onlyForgotten ? { [TTL_ATTRIBUTE]: Math.ceil((record.forgotten!.at + FORGET_KEPT_MS) / 1000) } : {}),
  };
}

/** The preferences as attributes of the practice item, `p_<field>` for each field that is set. */
export function preferenceAttributes(preferences: Preferences): Item {
  return Object.fromEntries(
    Object.entries(preferences)
      .filter(([, value]) => value !== undefined)
      .map(([field, value]) => [preferenceAttribute(field), value]),
  );
}

/** A revision Steady can count on from: a whole number it holds exactly. */
const REVISION = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

/** The next revision after the one read (whatever was stored there). */
export function nextRevision(read: unknown): number {
  return v.is(REVISION, read) ? read + 1 : 1;
}
