import { getLocale, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import { crisisMessage } from '../guidance/safety/crisis-lines';
import { Intents } from '../intents';
import { sentences, tell } from './respond';
import { isIntent } from './intent-match';

function localeOf(input: HandlerInput): string | undefined {
  try {
    return getLocale(input.requestEnvelope);
  } catch {
    return undefined;
  }
}

/** Someone speaks of harming themselves: they hear, first and only, where to find a person. */
export const crisisHandler: RequestHandler = {
  canHandle: (input: HandlerInput) => isIntent(input, Intents.Crisis),
  handle: (input: HandlerInput) => tell(input, sentences(...crisisMessage(localeOf(input)))),
};
