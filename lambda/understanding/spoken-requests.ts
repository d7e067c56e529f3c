/**
 * A request said where Alexa heard a statement. The catch-all takes words no intent does ("stop
 * now", "pues detente ya"), after at most a filler, and Alexa's own stop and help know only the
 * phrases Amazon trained them on. Words that are plainly a command to stop or a question about
 * Steady, and nothing more (whole-phrase.ts), mean that request. The phrases
 * (content/<language>/heard/requests.ts) hold nothing a person might say about themselves or in
 * despair, and the safety grade is read before them.
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
