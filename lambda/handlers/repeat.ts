import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Intents } from '../intents';
import { HELP_QUESTION } from './help';
import { LAUNCH_CHOICES, LAUNCH_REPROMPT } from './launch';
import { ask, sentences, sessionState } from './respond';
import { isIntent } from './intent-match';

export const repeatHandler: RequestHandler = {
  canHandle: (input: HandlerInput) => isIntent(input, Intents.Repeat),
  handle(input: HandlerInput) {
    const last = sessionState(input).lastPrompt;
    if (!last) return ask(input, sentences(LAUNCH_CHOICES), sentences(LAUNCH_REPROMPT, HELP_QUESTION));
    return input.responseBuilder.speak(last.speech).reprompt(last.reprompt).withShouldEndSession(false).getResponse();
  },
};
