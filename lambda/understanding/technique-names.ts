/**
 * Reads a technique's name from the words of a technique slot that entity resolution did not
 * match. Alexa fills a custom slot with what it heard, and what it hears around a name varies:
 * "the calm", "la respiración tranquila", "de resonancia". Each language's names are data
 * (lambda/content/<language>/heard/technique-names.ts); a name is read only when exactly one
 * technique's words are in the slot, so "calm box breathing" stays a name Steady does not know.
 */

/** The words that name each technique, by its id, matched against the slot's words (lowercase, no accents). */
export type TechniqueNames<Id extends string = string> = Readonly<Record<Id, RegExp>>;

/** Lowercase letters and digits, accents taken off, one space between words. */
function slotWords(spoken: string): string {
  return spoken
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The one technique the words name; undefined when they name none, or more than one. */
export function techniqueNamed<Id extends string>(spoken: string | undefined, names: TechniqueNames<Id>): Id | undefined {
  if (spoken === undefined) return undefined;
  const words = slotWords(spoken);
  const named = (Object.keys(names) as Id[]).filter((id) => names[id].test(words));
  return named.length === 1 ? named[0] : undefined;
}
