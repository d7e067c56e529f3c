/**
 * What Steady listens for in each language: the safety phrases and the feelings net's words. The
 * grader and the feelings net reach a language's phrases only through here, as code reaches what
 * is said only through words.ts.
 */
import type { FeelingPhrases } from '../understanding/feeling-phrases';
import type { SafetyPhrases } from '../safety/safety-phrases';
import { ENGLISH_FEELINGS } from './en/heard/feelings';
import { ENGLISH_SAFETY } from './en/heard/safety';
import { SPANISH_FEELINGS } from './es/heard/feelings';
import { SPANISH_SAFETY } from './es/heard/safety';
import { type Language, languageOf } from './words';

const SAFETY: Readonly<Record<Language, SafetyPhrases>> = { en: ENGLISH_SAFETY, es: SPANISH_SAFETY };
const FEELINGS: Readonly<Record<Language, FeelingPhrases>> = { en: ENGLISH_FEELINGS, es: SPANISH_FEELINGS };

/** The safety phrases for a locale's language (words.ts's `languageOf`): English for any locale Steady does not speak. */
export function safetyPhrasesFor(locale: string | undefined): SafetyPhrases {
  return SAFETY[languageOf(locale)];
}

/** The feelings net's words for a locale's language (words.ts's `languageOf`): English for any locale Steady does not speak. */
export function feelingPhrasesFor(locale: string | undefined): FeelingPhrases {
  return FEELINGS[languageOf(locale)];
}
