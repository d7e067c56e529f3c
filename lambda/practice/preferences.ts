/** What a user has asked Steady to remember. Every field is optional: absent means the default. */
export interface Preferences {
  /** A breathing technique id, used when "help me breathe" names none. */
  readonly technique?: string;
  /** Session length in minutes, used when a request names none. */
  readonly minutes?: number;
  /** A softer, slower voice in the evening. */
  readonly softVoiceAtNight?: boolean;
}
