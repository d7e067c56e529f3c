/**
 * Reads a technique's name from the words of a technique slot that entity resolution did not
 * match. Alexa fills a custom slot with what it heard, and what it hears around a name varies:
 * "the calm", "la respiración tranquila", "de resonancia". Each language's names are data
 * (lambda/content/<language>/heard/technique-names.ts). The words must be a name and nothing
 * more (whole-phrase.ts), and name exactly one technique: "anything but box", "a calm voice",
 * "algo relajante" and "calm box" name none.
 */

import { namedByWholePhrase, type WholePhrases } from './whole-phrase';

/** How a language names its techniques: each one's names, and the words said around any of them. */
export type TechniqueNames<Id extends string = string> = WholePhrases<Id>;

/** Longer than this is a sentence, not a name (alexa/slots.ts echoes at most 40 characters). */
const LONGEST_NAME = 60;

/** The one technique the words name; undefined when they name none, more than one, or say more than a name. */
export function techniqueNamed<Id extends string>(spoken: string | undefined, names: TechniqueNames<Id>): Id | undefined {
  return namedByWholePhrase(spoken, names, LONGEST_NAME);
}
