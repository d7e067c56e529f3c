import type { Words } from '../content/words';

/** What the user asked for, before any clamping. */
export type LengthRequest =
  | { readonly kind: 'default' }
  /** `ms` is undefined when the duration could not be understood. */
  | { readonly kind: 'minutes'; readonly ms: number | undefined }
  /** `count` is undefined when the number could not be understood. */
  | { readonly kind: 'breaths'; readonly count: number | undefined };

export const MIN_SESSION_MS = 60_000;
export const MAX_SESSION_MS = 20 * 60_000;

/** Minutes said as Alexa reads them best: "1 minute", "20 minutes". */
export function minutesPhrase(words: Words, minutes: number): string {
  return words.sessions.minutes(minutes);
}
