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
 * Every attribute is read tolerantly: a value of the wrong type, a count that is negative or not
 * finite, a day that is not a calendar day is ignored, and because each practice puts the whole
 * item, the next practice writes it back repaired. Items written by the layouts before this one (a
 * `days` set, `techniques` or `t_<technique>` counters) read the same way and are rewritten in this
 * layout by their next practice.
 */
import type { Preferences } from '../practice/preferences';
import { preferencesFrom } from '../practice/preferences';
import { EMPTY_HISTORY, FORGET_KEPT_MS, type ForgetMemo, type PracticeRecord, type RecordedAnswer } from '../practice/practice-record';
import { isCalendarDay } from '../practice/calendar-day';
import { isPracticeKind, practiceKindOf, type PracticeCounts, type PracticeKind } from '../practice/practice-kind';
import { runsOf, streakState, type DayRun } from '../practice/streaks';
import { isValidTimeZone } from '../practice/local-time';
import { isEmptyOwnTime } from '../practice/own-time-record';
import { ownTimeAttributes, ownTimeFrom } from './own-time-attributes';
import { PRACTICE_SORT_KEY, TABLE_SCHEMA, TTL_ATTRIBUTE } from './table-schema';

/** An item as the document client reads it: numbers already JavaScript numbers. */
export type Item = Record<string, unknown>;

const PREFERENCE_PREFIX = 'p_';

/** The attribute of a saved preference. */
export const preferenceAttribute = (field: string): string => `${PREFERENCE_PREFIX}${field}`;

export function itemKey(userId: string, sortKey: string): Record<string, string> {
  return { [TABLE_SCHEMA.partitionKey.name]: userId, [TABLE_SCHEMA.sortKey.name]: sortKey };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Set);

/** A count: a finite, non-negative number; anything else reads as 0. */
function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Sessions per kind of practice. Layouts before this one counted sessions by what they were
 * for (`techniques: { panic, reframe, … }`, earlier `t_<technique>` counters); those counts are
 * folded into the kind of practice each was, a name of no known kind is dropped (its sessions and
 * minutes still count), and the next practice writes the item without them.
 */
function practicesOf(item: Item): PracticeCounts {
  const practices: Partial<Record<PracticeKind, number>> = {};
  const add = (name: string, value: unknown, kindOf: (name: string) => PracticeKind | undefined) => {
    const kind = kindOf(name);
    const sessions = Math.floor(count(value));
    if (kind !== undefined && sessions > 0) practices[kind] = (practices[kind] ?? 0) + sessions;
  };
  const counters = (map: Record<string, unknown>, kindOf: (name: string) => PracticeKind | undefined) => {
    for (const [name, value] of Object.entries(map)) add(name, value, kindOf);
  };
  if (isRecord(item.practices)) counters(item.practices, (name) => (isPracticeKind(name) ? name : undefined));
  else if (isRecord(item.techniques)) counters(item.techniques, practiceKindOf);
  else for (const [name, value] of Object.entries(item)) if (name.startsWith('t_')) add(name.slice(2), value, practiceKindOf);
  return practices;
}

function runsFrom(value: unknown): DayRun[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((run) => {
    if (!isRecord(run)) return [];
    const from = text(run.from);
    const to = text(run.to);
    return from !== undefined && to !== undefined && isCalendarDay(from) && isCalendarDay(to) ? [{ from, to }] : [];
  });
}

function daysFrom(value: unknown): string[] {
  const days = value instanceof Set ? [...value] : Array.isArray(value) ? value : [];
  return days.filter((day): day is string => typeof day === 'string');
}

function answersFrom(value: unknown): RecordedAnswer[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((answer): RecordedAnswer[] => {
    if (!isRecord(answer)) return [];
    const request = text(answer.request);
    const localDay = text(answer.localDay);
    const { at, localHour, milestoneDays } = answer;
    if (request === undefined || localDay === undefined || !isCalendarDay(localDay)) return [];
    if (typeof at !== 'number' || !Number.isFinite(at)) return [];
    if (typeof localHour !== 'number' || !Number.isInteger(localHour) || localHour < 0 || localHour > 23) return [];
    const milestone = typeof milestoneDays === 'number' && Number.isInteger(milestoneDays) && milestoneDays > 0 ? milestoneDays : undefined;
    return [
      {
        request,
        at,
        localDay,
        localHour,
        ...(milestone !== undefined ? { milestoneDays: milestone } : {}),
        preferences: preferencesFrom(isRecord(answer.preferences) ? answer.preferences : {}),
      },
    ];
  });
}

function forgottenFrom(value: unknown): ForgetMemo | undefined {
  if (!isRecord(value)) return undefined;
  const request = text(value.request);
  if (request === undefined || typeof value.at !== 'number' || !Number.isFinite(value.at)) return undefined;
  return { request, at: value.at, ...(value.unfinished === true ? { unfinished: true } : {}) };
}

function preferencesOf(item: Item): Preferences {
  const saved = Object.entries(item)
    .filter(([name]) => name.startsWith(PREFERENCE_PREFIX))
    .map(([name, value]) => [name.slice(PREFERENCE_PREFIX.length), value]);
  return preferencesFrom(Object.fromEntries(saved));
}

/** The record the practice item holds; anything unusable in it is left out. */
export function recordFromItem(practiceItem: Item | undefined): PracticeRecord {
  const item = practiceItem ?? {};
  const timeZone = text(item.tz);
  const runs = item.runs !== undefined ? runsFrom(item.runs) : runsOf(daysFrom(item.days));
  const forgotten = forgottenFrom(item.forgotten);
  const ownTime = ownTimeFrom(item);
  return {
    history: {
      ...EMPTY_HISTORY,
      sessions: Math.floor(count(item.sessions)),
      minutes: count(item.minutes),
      practices: practicesOf(item),
      streaks: streakState(runs, count(item.longest)),
      ...(timeZone !== undefined && isValidTimeZone(timeZone) ? { timeZone } : {}),
      preferences: preferencesOf(item),
    },
    answers: answersFrom(item.answers),
    ...(isEmptyOwnTime(ownTime) ? {} : { ownTime }),
    ...(forgotten ? { forgotten } : {}),
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

/** The next revision after the one read (whatever was stored there). */
export function nextRevision(read: unknown): number {
  return typeof read === 'number' && Number.isSafeInteger(read) && read >= 0 ? read + 1 : 1;
}
