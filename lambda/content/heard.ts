/**
 * What Steady listens for in each language: the safety phrases, the feelings net's words, the
 * names of the techniques, and the requests to stop or for help said where Alexa heard a
 * statement. Code reaches a language's phrases only through here, as it reaches what is said only
 * through words.ts.
 */
import type { FeelingPhrases } from '../understanding/feeling-phrases';
import type { SafetyPhrases } from '../safety/safety-phrases';
import type { TechniqueId } from '../guidance/breathing/techniques';
import type { TechniqueNames } from '../understanding/technique-names';
import type { RequestPhrases } from '../understanding/spoken-requests';
import { ENGLISH_FEELINGS } from './en/heard/feelings';
import { ENGLISH_SAFETY } from './en/heard/safety';
import { ENGLISH_TECHNIQUE_NAMES } from './en/heard/technique-names';
import { ENGLISH_REQUESTS } from './en/heard/requests';
import { SPANISH_FEELINGS } from './es/heard/feelings';
import { SPANISH_SAFETY } from './es/heard/safety';
import { SPANISH_TECHNIQUE_NAMES } from './es/heard/technique-names';
import { SPANISH_REQUESTS } from './es/heard/requests';
import { type Language, languageOf } from './words';

const SAFETY: Readonly<Record<Language, SafetyPhrases>> = { en: ENGLISH_SAFETY, es: SPANISH_SAFETY };
const FEELINGS: Readonly<Record<Language, FeelingPhrases>> = { en: ENGLISH_FEELINGS, es: SPANISH_FEELINGS };
const REQUESTS: Readonly<Record<Language, RequestPhrases>> = { en: ENGLISH_REQUESTS, es: SPANISH_REQUESTS };
const TECHNIQUE_NAMES: Readonly<Record<Language, TechniqueNames<TechniqueId>>> = {
  en: ENGLISH_TECHNIQUE_NAMES,
  es: SPANISH_TECHNIQUE_NAMES,
};

/** The safety phrases for a locale's language (words.ts's `languageOf`): English for any locale Steady does not speak. */
export function safetyPhrasesFor(locale: string | undefined): SafetyPhrases {
  return SAFETY[languageOf(locale)];
}

/** The feelings net's words for a locale's language (words.ts's `languageOf`): English for any locale Steady does not speak. */
export function feelingPhrasesFor(locale: string | undefined): FeelingPhrases {
  return FEELINGS[languageOf(locale)];
}

/** The words that name each breathing technique in a locale's language: English for any locale Steady does not speak. */
export function techniqueNamesFor(locale: string | undefined): TechniqueNames<TechniqueId> {
  return TECHNIQUE_NAMES[languageOf(locale)];
}

/** The requests to stop or for help in a locale's language: English for any locale Steady does not speak. */
export function requestPhrasesFor(locale: string | undefined): RequestPhrases {
  return REQUESTS[languageOf(locale)];
}
