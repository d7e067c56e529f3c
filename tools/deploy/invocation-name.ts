/**
 * The name people say to open Steady. Certification asks a one-word name like "steady" for proof
 * that the word is the developer's brand (a trademark); without that proof, deploy under the
 * two-word name below: `npm run deploy -- --two-word-name` (remembered for later runs). This is the
 * one place the alternative is set: the deploy writes it into every interaction model, English
 * and Spanish, and the example phrases, and the manifest checks hold it to the same rules.
 */
import { INVOCATION_NAME } from '../generate-locales';

export const ONE_WORD_INVOCATION_NAME = INVOCATION_NAME;
export const TWO_WORD_INVOCATION_NAME = 'steady calm';

/** "steady calm" -> "Steady Calm", as the name is written in example phrases. */
export function spokenName(invocationName: string): string {
  return invocationName.replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase());
}

/**
 * The phrases Alexa accepts between the wake word and the name, by language: "Alexa, ask Steady
 * to …", "Alexa, pídele a Steady que …", "Alexa, pregúntale a Steady …". The first two name the
 * kind in a check's advice.
 */
export const LAUNCH_PHRASES = {
  en: ['ask', 'open', 'tell', 'launch', 'start', 'begin', 'talk to', 'use', 'load', 'run', 'play'],
  es: ['pídele a', 'abre', 'pregúntale a', 'dile a', 'inicia', 'empieza', 'comienza', 'lanza', 'usa', 'juega', 'habla con'],
} as const;
export type ListingLanguage = keyof typeof LAUNCH_PHRASES;

/** The language of a locale's listing: "es" for es-MX, English for every other. */
export function listingLanguageOf(locale: string): ListingLanguage {
  return locale.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/**
 * An example phrase with another invocation name after its launch phrase, in either language:
 * "Alexa, pídele a Steady que …" -> "Alexa, pídele a Steady Calm que …". A phrase that does not
 * open with the wake word, a launch phrase and the name is returned as it is.
 */
export function withSpokenName(phrase: string, from: string, to: string): string {
  const launch = Object.values(LAUNCH_PHRASES)
    .flat()
    .sort((a, b) => b.length - a.length)
    .map((words) => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  const named = new RegExp(`^(Alexa, (?:${launch}) )${spokenName(from)}(?![\\p{L}])`, 'iu');
  return phrase.replace(named, `$1${spokenName(to)}`);
}
