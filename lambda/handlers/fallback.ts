import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { wordsOf, type Words } from '../content/words';
import { Intents, NOT_UNDERSTOOD_INTENTS } from '../intents';
import type { Spoken } from '../timeline';
import { ask, sentences } from '../conversation/respond';
import { isIntent } from '../conversation/intent-match';

/**
 * What Steady can do, when it did not understand. Alexa's fallback carries no words, so whatever
 * was said there cannot be read for danger: the answer ends with the one phrase that reaches the
 * crisis answer.
 */
export function notUnderstood(words: Words): { speech: Spoken[]; reprompt: Spoken[] } {
  const { text, question, safetyWay } = words.conversation.notUnderstood;
  return { speech: sentences(text, question, safetyWay), reprompt: sentences(question) };
}

/** Words Steady did not understand, and a yes or no when no question is waiting for one. */
const UNEXPECTED_INTENTS: readonly string[] = [...NOT_UNDERSTOOD_INTENTS, Intents.Yes, Intents.No];

export const fallbackHandler: RequestHandler = {
  canHandle: (input: HandlerInput) => isIntent(input, ...UNEXPECTED_INTENTS),
  handle: (input: HandlerInput) => {
    const { speech, reprompt } = notUnderstood(wordsOf(input));
    return ask(input, speech, reprompt, 'not-understood');
  },
};
