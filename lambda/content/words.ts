/**
 * The words for a request's language. Every handler takes what it says from `wordsOf(input)` and
 * passes the part it needs down to guidance, so a second language is a second content module and
 * a line here, never a change to the code that decides.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { en } from './en';
import { es } from './es';

/** Every word Steady says and shows in one language, by area. */
export type Words = typeof en;

/** The languages Steady speaks. */
export type Language = 'en' | 'es';

/** The language of a locale such as `en-GB` or `es-MX`; English for any locale Steady does not speak. */
export function languageOf(locale: string | undefined): Language {
  return typeof locale === 'string' && /^es(-|$)/i.test(locale) ? 'es' : 'en';
}

const WORDS: Readonly<Record<Language, Words>> = { en, es };

/** The words of a locale's language. */
export function wordsFor(locale: string | undefined): Words {
  return WORDS[languageOf(locale)];
}

/** The words of the request's language. */
export function wordsOf(input: HandlerInput): Words {
  const locale = (input.requestEnvelope.request as { locale?: unknown }).locale;
  return wordsFor(typeof locale === 'string' ? locale : undefined);
}
