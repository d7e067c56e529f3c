/**
 * Reads words that are one known phrase and nothing more: a technique's name in a slot Alexa did
 * not match ("the resonance"), a request said where Alexa heard a statement ("stop now"). Each
 * language's phrases are data (lambda/content/<language>/heard/). The words must be a phrase, with
 * only the little words said around such phrases before and after it, and name exactly one thing:
 * "anything but box", "i can't stop crying" and "calm box" name none.
 */

import { withoutAccents } from './normalise';

/** What a language's phrases name, and the little words that may come around any of them. */
export interface WholePhrases<Id extends string = string> {
  /** Words that may come before a phrase: articles, "do", "please", "respiración de". */
  readonly before: RegExp;
  /** Words that may come after a phrase: "breathing", "now", "por favor". */
  readonly after: RegExp;
  /** What each thing is called (lowercase, no accents or apostrophes, one space between words). */
  readonly names: Readonly<Record<Id, RegExp>>;
}

/** Lowercase letters and digits, accents and apostrophes taken off ("that's" is "thats"), one space between words. */
function plainWords(spoken: string): string {
  return withoutAccents(spoken.toLowerCase())
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const WHOLE = new WeakMap<WholePhrases, ReadonlyArray<readonly [string, RegExp]>>();

/** Each thing's phrases as the whole of the words: the phrase, with the little words around it and nothing else. */
function wholePhrases(phrases: WholePhrases): ReadonlyArray<readonly [string, RegExp]> {
  let whole = WHOLE.get(phrases);
  if (!whole) {
    whole = Object.entries<RegExp>(phrases.names).map(
      ([id, name]) => [id, new RegExp(`^(?:(?:${phrases.before.source}) )*(?:${name.source})(?: (?:${phrases.after.source}))*$`)] as const,
    );
    WHOLE.set(phrases, whole);
  }
  return whole;
}

/**
 * The one thing the words name; undefined when they name none, more than one, or say more than a
 * phrase. Words longer than `longest` characters are a sentence, not a phrase.
 */
export function namedByWholePhrase<Id extends string>(
  spoken: string | undefined,
  phrases: WholePhrases<Id>,
  longest: number,
): Id | undefined {
  if (typeof spoken !== 'string' || spoken.length > longest) return undefined;
  const words = plainWords(spoken);
  const named = wholePhrases(phrases).filter(([, whole]) => whole.test(words));
  return named.length === 1 ? (named[0]![0] as Id) : undefined;
}
