import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { wordsOf } from '../content/words';
import { Intents } from '../intents';
import { askAgain } from './ask-again';
import { localeOf } from './crisis';
import { ask, sentences, sessionState } from '../conversation/respond';
import { isIntent } from '../conversation/intent-match';

/**
 * "Repeat": what Steady last asked, rendered again from its key. With nothing asked (or
 * attributes Steady did not seal), the choices, kindly; nothing that came back is said back.
 */
export const repeatHandler: RequestHandler = {
  canHandle: (input: HandlerInput) => isIntent(input, Intents.Repeat),
  handle(input: HandlerInput) {
    const words = wordsOf(input);
    const { launch, help } = words.conversation;
    const asked = sessionState(input).asked;
    if (!asked) return ask(input, sentences(launch.choices), sentences(launch.reprompt, help.question), 'what-would-you-like');
    const again = askAgain(asked, words, localeOf(input));
    return ask(input, again.speech, again.reprompt, asked);
  },
};
