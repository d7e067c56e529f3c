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

/** Every preference Steady keeps, for the privacy policy's check and the store's reading. */
export const PREFERENCE_FIELDS: readonly PreferenceField[] = ['technique', 'minutes', 'softVoiceAtNight', 'bells', 'sleepSoundsMinutes'];

const KNOWN_TYPES: Readonly<Record<PreferenceField, 'string' | 'number' | 'boolean'>> = {
  technique: 'string',
  minutes: 'number',
  softVoiceAtNight: 'boolean',
  bells: 'boolean',
  sleepSoundsMinutes: 'number',
};

/**
 * Preferences as read back from storage: a known field of the wrong type (or a number that is not
 * finite) is ignored, as is anything that is not a plain string, number or boolean. A field this
 * list does not know yet is kept as it is, so a new preference needs no change to the store.
 */
export function preferencesFrom(stored: Readonly<Record<string, unknown>>): Preferences {
  const preferences: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(stored)) {
    const kind = typeof value;
    if (kind !== 'string' && kind !== 'number' && kind !== 'boolean') continue;
    if (kind === 'number' && !Number.isFinite(value)) continue;
    const known = Object.hasOwn(KNOWN_TYPES, field) ? KNOWN_TYPES[field as PreferenceField] : undefined;
    if (known !== undefined && known !== kind) continue;
    preferences[field] = value;
  }
  return preferences as Preferences;
}
