/**
 * The layout of the single practice item each user has, and how it maps to a PracticeHistory.
 *
 *   pk                     the Alexa user id          sk  "practice"
 *   days                   SS  local days practised, YYYY-MM-DD
 *   sessions, minutes      N   running totals
 *   t_<technique>          N   sessions per technique
 *   r_0 … r_9              SS  hashed request ids, by UTC day of the request (retry guard)
 *   tz                     S   last time zone seen
 *   p_technique            S   \
 *   p_minutes              N    preferences
 *   p_softVoiceAtNight     BOOL |
 *   p_bells                BOOL /
 *
 * Everything Steady keeps about a user lives in this one item, so deleting it forgets them.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { hash } from 'node:crypto';
import type { Preferences } from '../practice/preferences';
import type { Practice, PracticeHistory } from './practice-store';

export type Item = Record<string, AttributeValue>;

export const ATTRIBUTE = {
  days: 'days',
  sessions: 'sessions',
  minutes: 'minutes',
  timeZone: 'tz',
} as const;

export const PREFERENCE_ATTRIBUTE: Readonly<Record<keyof Preferences, string>> = {
  technique: 'p_technique',
  minutes: 'p_minutes',
  softVoiceAtNight: 'p_softVoiceAtNight',
  bells: 'p_bells',
  sleepSoundsMinutes: 'p_sleepSoundsMinutes',
};

export const PREFERENCE_FIELDS = Object.keys(PREFERENCE_ATTRIBUTE) as ReadonlyArray<keyof Preferences>;

/** How one preference is stored; undefined when it is unset (or unusable) and so removed. */
export function preferenceValue(preferences: Preferences, field: keyof Preferences): AttributeValue | undefined {
  switch (field) {
    case 'technique':
      return preferences.technique === undefined ? undefined : { S: preferences.technique };
    case 'minutes':
      return preferences.minutes === undefined || !Number.isFinite(preferences.minutes)
        ? undefined
        : { N: String(preferences.minutes) };
    case 'softVoiceAtNight':
      return preferences.softVoiceAtNight === undefined ? undefined : { BOOL: preferences.softVoiceAtNight };
    case 'bells':
      return preferences.bells === undefined ? undefined : { BOOL: preferences.bells };
    case 'sleepSoundsMinutes':
      return preferences.sleepSoundsMinutes === undefined || !Number.isFinite(preferences.sleepSoundsMinutes)
        ? undefined
        : { N: String(preferences.sleepSoundsMinutes) };
  }
}

const TECHNIQUE_PREFIX = 't_';
const REQUESTS_PREFIX = 'r_';

export const techniqueAttribute = (technique: string): string => `${TECHNIQUE_PREFIX}${technique}`;

/**
 * Retry guards live in ten rotating sets, one per UTC day of the request's own timestamp (the
 * same on every retry, whatever time zone each attempt resolved): `r_0` to `r_9`. Each practice
 * clears the sets of the seven days before yesterday. It keeps its own day's, yesterday's and the
 * one that is also tomorrow's: around UTC midnight a request stamped today can land after one
 * stamped tomorrow, and clearing tomorrow's set would let a retry of that one count twice. So the
 * item holds at most three sets.
 */
const REQUEST_GUARD_SLOTS = 10;

/** The UTC day number of a request's timestamp: what picks its guard set and the stale ones. */
export function utcDayNumber(requestedAt: string): number {
  const ms = Date.parse(requestedAt);
  if (Number.isNaN(ms)) throw new RangeError(`Not a timestamp: ${requestedAt}`);
  return Math.floor(ms / 86_400_000);
}

const guardSlot = (day: number): string => `${REQUESTS_PREFIX}${((day % REQUEST_GUARD_SLOTS) + REQUEST_GUARD_SLOTS) % REQUEST_GUARD_SLOTS}`;

/** The retry-guard set a request is checked against and added to. */
export function requestGuardAttribute(requestedAt: string): string {
  return guardSlot(utcDayNumber(requestedAt));
}

/** The last day's stale sets: every practice of a UTC day clears the same ones. */
let staleGuards: { readonly day: number; readonly names: readonly string[] } | undefined;

/** The guard sets a practice clears: those of the seven days before the day before its own. */
export function staleRequestGuardAttributes(requestedAt: string): readonly string[] {
  const day = utcDayNumber(requestedAt);
  if (staleGuards?.day !== day) {
    staleGuards = { day, names: Array.from({ length: REQUEST_GUARD_SLOTS - 3 }, (_, i) => guardSlot(day - 2 - i)) };
  }
  return staleGuards.names;
}

/** The retry-guard sets an item holds. */
export function requestGuardAttributesOf(item: Item | undefined): string[] {
  return Object.keys(item ?? {}).filter((name) => name.startsWith(REQUESTS_PREFIX));
}

/** A short, stable tag for a request id: enough to tell a user's own requests apart. */
export function requestTag(requestId: string): string {
  return hash('sha256', requestId, 'hex').slice(0, 16);
}

/** Minutes as the table stores them: a finite, non-negative number. */
export function countableMinutes(minutes: number): number {
  return Number.isFinite(minutes) && minutes > 0 ? minutes : 0;
}

function numberOf(value: AttributeValue | undefined): number {
  const parsed = Number(value?.N ?? 0);
  return Number.isFinite(parsed) ? parsed : 0;
}

function preferencesOf(item: Item): Preferences {
  const technique = item[PREFERENCE_ATTRIBUTE.technique]?.S;
  const minutes = item[PREFERENCE_ATTRIBUTE.minutes]?.N;
  const softVoiceAtNight = item[PREFERENCE_ATTRIBUTE.softVoiceAtNight]?.BOOL;
  const bells = item[PREFERENCE_ATTRIBUTE.bells]?.BOOL;
  const sleepSoundsMinutes = item[PREFERENCE_ATTRIBUTE.sleepSoundsMinutes]?.N;
  return {
    ...(sleepSoundsMinutes !== undefined ? { sleepSoundsMinutes: Number(sleepSoundsMinutes) } : {}),
    ...(technique !== undefined ? { technique } : {}),
    ...(minutes !== undefined ? { minutes: Number(minutes) } : {}),
    ...(softVoiceAtNight !== undefined ? { softVoiceAtNight } : {}),
    ...(bells !== undefined ? { bells } : {}),
  };
}

export function historyFromItem(item: Item | undefined): PracticeHistory {
  const source = item ?? {};
  const techniques = Object.fromEntries(
    Object.entries(source)
      .filter(([name]) => name.startsWith(TECHNIQUE_PREFIX))
      .map(([name, value]) => [name.slice(TECHNIQUE_PREFIX.length), numberOf(value)]),
  );
  const timeZone = source[ATTRIBUTE.timeZone]?.S;
  return {
    days: [...new Set(source[ATTRIBUTE.days]?.SS ?? [])].sort(),
    sessions: numberOf(source[ATTRIBUTE.sessions]),
    minutes: numberOf(source[ATTRIBUTE.minutes]),
    techniques,
    ...(timeZone !== undefined ? { timeZone } : {}),
    preferences: preferencesOf(source),
  };
}

/** The history after one more practice: what the recording UpdateItem does to the item. */
export function withPractice(history: PracticeHistory, practice: Practice): PracticeHistory {
  const { localDay, technique } = practice;
  const sessionsBefore = Object.hasOwn(history.techniques, technique) ? history.techniques[technique]! : 0;
  return {
    ...history,
    days: history.days.includes(localDay) ? history.days : [...history.days, localDay].sort(),
    sessions: history.sessions + 1,
    minutes: history.minutes + countableMinutes(practice.minutes),
    techniques: { ...history.techniques, [technique]: sessionsBefore + 1 },
    timeZone: practice.timeZone,
  };
}
