/**
 * A request said where Alexa heard a statement. The catch-all and the feelings net take whatever
 * the intents do not ("stop now", "para por favor", "explícame para qué sirves"), and Alexa's own
 * stop and help know only the phrases it was trained on. Words that are plainly a request to stop
 * or for help, and nothing more (whole-phrase.ts), mean that request; anything a person could say
 * about themselves is left out of the phrases (content/<language>/heard/requests.ts), and the
 * safety grade is read before them.
 */

import { requestPhrasesFor } from '../content/heard';
import { namedByWholePhrase, type WholePhrases } from './whole-phrase';

export type SpokenRequest = 'stop' | 'help';

/** How a language asks to stop or for help, and the little words said around either. */
export type RequestPhrases = WholePhrases<SpokenRequest>;

/** Longer than this is a sentence, not a request. */
const LONGEST_REQUEST = 80;

/** The request the words make, in the locale's language; undefined when they are anything more. */
export function requestSpoken(spoken: string | undefined, locale: string | undefined): SpokenRequest | undefined {
  return namedByWholePhrase(spoken, requestPhrasesFor(locale), LONGEST_REQUEST);
}
