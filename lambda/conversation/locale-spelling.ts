import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { wordsOf } from '../content/words';
import { localeSpelling, spellResponseFor } from '../renderers/ssml/spelling';

/** The one path every handled response takes: it is said in the locale's own spelling. */
export const localeSpellingInterceptor: ResponseInterceptor = {
  process(input: HandlerInput, response?: Response): void {
    if (!response) return;
    const locale = (input.requestEnvelope.request as { locale?: unknown }).locale;
    spellResponseFor(localeSpelling(wordsOf(input).spelling, typeof locale === 'string' ? locale : undefined), response);
  },
};
