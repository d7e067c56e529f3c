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

/**
 * The saved preferences a session was planned on: the fields its plan read, and their values as
 * the planner believed them (a field missing from `values` was believed unset). The practice table
 * records the session only while they are still saved so.
 */
export interface AssumedPreferences {
  readonly fields: readonly PreferenceField[];
  readonly values: Preferences;
}
