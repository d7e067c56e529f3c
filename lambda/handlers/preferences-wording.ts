/** What Steady says when preferences change. Plain sentences; the renderer escapes them. */
import type { Words } from '../content/words';
import { minutesPhrase } from '../guidance/session-length';
import { NIGHT_FROM_HOUR, NIGHT_UNTIL_HOUR } from '../practice/night-voice';
import { spokenTime } from '../alexa/reminder-time';
import { capitalise } from '../guidance/technique-names';

export function techniqueSaved(name: string): string {
  return `Done. ${capitalise(name)} is now your default. Just say: help me breathe.`;
}

export const TECHNIQUE_CHOICES = [
  'I can make calm, box, four seven eight, resonance, belly breathing or the cyclic sigh your default.',
  'Say, for example: make box breathing my default.',
] as const;

export function unknownTechnique(spoken: string): string {
  return `I don't know ${spoken} yet.`;
}

export function lengthSaved(words: Words, minutes: number): string {
  return `Done. Your sessions will be ${minutesPhrase(words, minutes)} long from now on, unless you ask for another length.`;
}

export const LENGTH_CLAMPED = 'I guide sessions of 1 to 20 minutes.';
export const LENGTH_CHOICES = 'How long would you like your sessions? Say, for example: I like five minute sessions.';

const nightHours = `from ${spokenTime({ hour: NIGHT_FROM_HOUR, minute: 0 })} to ${spokenTime({ hour: NIGHT_UNTIL_HOUR, minute: 0 })}`;

export const SOFT_VOICE_ON = `Okay. In the evening and at night, ${nightHours}, I'll guide you in a softer, slower voice.`;
/** Said once in the launch when the night voice has come by itself, late in the evening. */
export const LATE_VOICE_NOTICE = "It's late, so I'll keep my voice soft. If you'd rather not, say: normal voice at night.";
export const SOFT_VOICE_OFF = "Okay. I'll use my everyday voice at night too.";

export const BELLS_OFF = 'Okay, no bells. Sessions will start and end with my voice alone.';
export const BELLS_ON = 'Okay. A soft bell will open and close your sessions again.';

export const PREFERENCES_RESET =
  "Done. I've reset your preferences: calm breathing, the usual session length, a softer voice late at night, and the bells.";

export const NOT_SAVED = "I'm sorry, I couldn't save that just now. Please try again in a little while.";

/** Asked after a change only when the user opened Steady first. */
export const WHAT_NOW = 'What would you like to do now?';
export const WHAT_NOW_REPROMPT = 'You can say: help me breathe, or stop.';
