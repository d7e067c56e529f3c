/**
 * What Steady listens for in each language: the safety phrases and the feelings net's words. The
 * grader and the feelings net reach a language's phrases only through here, as code reaches what
 * is said only through words.ts.
 */
import type { FeelingPhrases } from '../understanding/feeling-phrases';
import type { SafetyPhrases } from '../safety/safety-phrases';
import { ENGLISH_FEELINGS } from './en/heard/feelings';
import { ENGLISH_SAFETY } from './en/heard/safety';
import { SPANISH_SAFETY } from './es/heard/safety';

const SAFETY: Readonly<Record<string, SafetyPhrases>> = { en: ENGLISH_SAFETY, es: SPANISH_SAFETY };

/**
 * The language of a locale whose safety phrases Steady has: "es" for es-MX; English for any other.
 * Spanish is read for safety already; its feelings net comes with Steady en español.
 */
export function heardLanguageOf(locale: string | undefined): string {
  const language = (locale ?? 'en').slice(0, 2).toLowerCase();
  return Object.hasOwn(SAFETY, language) ? language : 'en';
}

/** The safety phrases for a locale's language; English where Steady has no others. */
export function safetyPhrasesFor(locale: string | undefined): SafetyPhrases {
  return SAFETY[heardLanguageOf(locale)] ?? ENGLISH_SAFETY;
}

/** The feelings net's words for a locale's language: English until another language has its own. */
export function feelingPhrasesFor(locale: string | undefined): FeelingPhrases {
  void locale;
  return ENGLISH_FEELINGS;
}
