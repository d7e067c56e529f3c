/**
 * Where to turn in a crisis, by the locale Alexa reports: the national line that locale's users
 * can call and the emergency number, as said aloud and as written, from the words of the
 * request's language (words.safety). Which locale gets which line is decided here; the words,
 * numbers included, are content. Steady is not a crisis service; it points to one.
 */
import type { Words } from '../../content/words';
import { pause, say, type Segment, type Voice } from '../../timeline';

/** One locale's line and emergency number, as said aloud. */
export type CrisisContacts = Words['safety']['spokenContacts'][string];

/** One locale's line and emergency number, as written, for the card and the screen. */
export type WrittenCrisisContacts = Words['safety']['writtenContacts'][string];

function ofLocale<T>(table: Readonly<Record<string, T>>, locale: string | undefined): T | undefined {
  return typeof locale === 'string' && Object.hasOwn(table, locale) ? table[locale] : undefined;
}

/** The locale's contacts, or undefined where Steady knows none. */
export function crisisContactsFor(words: Words, locale: string | undefined): CrisisContacts | undefined {
  return ofLocale(words.safety.spokenContacts, locale);
}

/** The crisis line for a locale, or a general pointer where Steady knows none. */
export function crisisLineFor(words: Words, locale: string | undefined): string {
  return crisisContactsFor(words, locale)?.line ?? words.safety.anyLine;
}

/** "nine one one", or "your local emergency number" where Steady knows none. */
export function emergencyNumberFor(words: Words, locale: string | undefined): string {
  return crisisContactsFor(words, locale)?.emergency ?? words.safety.anyEmergency;
}

/** One phrase naming the locale's line and emergency number, for the calming sessions. */
export function whereHelpIs(words: Words, locale: string | undefined): string {
  return words.safety.whereHelpIs(crisisLineFor(words, locale), emergencyNumberFor(words, locale));
}

/** Slow and clear: numbers someone may be writing down with shaking hands. */
export const CRISIS_NUMBER_VOICE: Voice = { ratePercent: 80, volume: 'medium', whispered: false };

function numbersSentence(words: Words, locale: string | undefined): string {
  const { crisis, anyLine, anyEmergency } = words.safety;
  const contacts = crisisContactsFor(words, locale);
  if (!contacts) return crisis.numbersAnywhere(anyLine, anyEmergency);
  return crisis.numbers(contacts.line, contacts.emergency);
}

function againSentence(words: Words, locale: string | undefined): string {
  const { crisis, anyLine, anyEmergency } = words.safety;
  const contacts = crisisContactsFor(words, locale);
  if (!contacts) return crisis.againAnywhere(anyLine, anyEmergency);
  return crisis.again(contacts.lineNumber, contacts.emergency);
}

/**
 * The crisis answer as speech: kind words, then the line and the emergency number said slowly,
 * twice, with room to write them down, and an offer to say them again. The emergency number
 * comes second, before the line: a person in danger now whose words Steady cannot tell apart from
 * thoughts of suicide (the crisis intent carries no words) still hears it first.
 */
export function crisisSpeech(words: Words, locale: string | undefined): Segment[] {
  const { crisis } = words.safety;
  return [
    say(crisis.opening),
    pause(400),
    say(crisis.dangerCheck(emergencyNumberFor(words, locale)), CRISIS_NUMBER_VOICE),
    pause(600),
    say(crisis.person),
    pause(600),
    say(numbersSentence(words, locale), CRISIS_NUMBER_VOICE),
    pause(1500),
    say(againSentence(words, locale), CRISIS_NUMBER_VOICE),
    pause(1000),
    say(crisis.trusted),
    pause(600),
    say(crisis.offer),
  ];
}

/** Only the numbers, slowly, twice: the answer to "say the number again". */
export function crisisNumbersAgain(words: Words, locale: string | undefined): Segment[] {
  return [
    say(numbersSentence(words, locale), CRISIS_NUMBER_VOICE),
    pause(1500),
    say(againSentence(words, locale), CRISIS_NUMBER_VOICE),
    pause(800),
    say(words.safety.crisis.offer),
  ];
}

/** The locale's written contacts, or undefined where Steady knows none. */
export function writtenCrisisContactsFor(words: Words, locale: string | undefined): WrittenCrisisContacts | undefined {
  return ofLocale(words.safety.writtenContacts, locale);
}
