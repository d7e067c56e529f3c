import * as v from 'valibot';
import { finiteNumber } from '../tolerant-schema';

/** What a user has asked Steady to remember. Every field is optional: absent means the default. */
export interface Preferences {
  /** A breathing technique id, used when "help me breathe" names none. */
  readonly technique?: string;
  /** Session length in minutes, used when a request names none. */
  readonly minutes?: number;
  /** A softer, slower voice in the evening. */
  readonly softVoiceAtNight?: boolean;
  /** A soft bell opens and closes guided sessions; false after "no bells". */
  readonly bells?: boolean;
  /** Minutes of sleep sounds that end every bedtime wind-down (30 or 60); 0 or absent for none. */
  readonly sleepSoundsMinutes?: number;
}

export type PreferenceField = keyof Preferences;

/** What each preference Steady knows must be as read back, by the type the interface gives it. */
const KNOWN_PREFERENCES: { readonly [F in PreferenceField]-?: v.GenericSchema<unknown, NonNullable<Preferences[F]>> } = {
  technique: v.string(),
  minutes: finiteNumber,
  softVoiceAtNight: v.boolean(),
  bells: v.boolean(),
  sleepSoundsMinutes: finiteNumber,
};

/** A preference this version does not know yet: any plain string, finite number or boolean. */
const ANY_PREFERENCE = v.union([v.string(), finiteNumber, v.boolean()]);

/** Every preference Steady keeps, for the privacy policy's check and the store's reading. */
export const PREFERENCE_FIELDS = Object.keys(KNOWN_PREFERENCES) as readonly PreferenceField[];

const schemaOf = (field: string): v.GenericSchema =>
  Object.hasOwn(KNOWN_PREFERENCES, field) ? KNOWN_PREFERENCES[field as PreferenceField] : ANY_PREFERENCE;

/**
 * Preferences as read back from storage: a known field of the wrong type (or a number that is not
 * finite) is ignored, as is anything that is not a plain string, number or boolean. A field this
 * list does not know yet is kept as it is, so a new preference needs no change to the store.
 */
export function preferencesFrom(stored: Readonly<Record<string, unknown>>): Preferences {
  return Object.fromEntries(Object.entries(stored).filter(([field, value]) => v.is(schemaOf(field), value))) as Preferences;
}
