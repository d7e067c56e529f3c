/**
 * Reads a technique's name from the words of a technique slot that entity resolution did not
 * match. Alexa fills a custom slot with what it heard, and what it hears around a name varies:
 * "the calm", "la respiración tranquila", "de resonancia". Each language's names are data
 * (lambda/content/<language>/heard/technique-names.ts). The words must be a name and nothing
 * more, with only the little words said around names before and after it, and name exactly one
 * technique: "anything but box", "a calm voice", "algo relajante" and "calm box" name none.
 */

import { withoutAccents } from './normalise';

/** How a language names its techniques: each one's names, and the words said around any of them. */
export interface TechniqueNames<Id extends string = string> {
  /** Words that may come before a name: articles, "do", "respiración de". */
  readonly before: RegExp;
  /** Words that may come after a name: "breathing", "method", "por favor". */
  readonly after: RegExp;
  /** Each technique's names, as the model's values and synonyms say them (lowercase, no accents). */
  readonly names: Readonly<Record<Id, RegExp>>;
}

/** Longer than this is a sentence, not a name (alexa/slots.ts echoes at most 40 characters). */
const LONGEST_NAME = 60;

/** Lowercase letters and digits, accents taken off, one space between words. */
function slotWords(spoken: string): string {
  return withoutAccents(spoken.toLowerCase())
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const WHOLE_NAMES = new WeakMap<TechniqueNames, ReadonlyArray<readonly [string, RegExp]>>();

/** Each technique's names as a whole slot: its name, with the little words around it and nothing else. */
function wholeNames(names: TechniqueNames): ReadonlyArray<readonly [string, RegExp]> {
  let whole = WHOLE_NAMES.get(names);
  if (!whole) {
    whole = Object.entries<RegExp>(names.names).map(
      ([id, name]) => [id, new RegExp(`^(?:(?:${names.before.source}) )*(?:${name.source})(?: (?:${names.after.source}))*$`)] as const,
    );
    WHOLE_NAMES.set(names, whole);
  }
  return whole;
}

/** The one technique the words name; undefined when they name none, more than one, or say more than a name. */
export function techniqueNamed<Id extends string>(spoken: string | undefined, names: TechniqueNames<Id>): Id | undefined {
  if (spoken === undefined || spoken.length > LONGEST_NAME) return undefined;
  const words = slotWords(spoken);
  const named = wholeNames(names).filter(([, whole]) => whole.test(words));
  return named.length === 1 ? (named[0]![0] as Id) : undefined;
}
