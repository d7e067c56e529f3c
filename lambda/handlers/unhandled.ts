import { getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { acceptsSpeech } from '../alexa/request-types';
import type { SkillDependencies } from '../skill-dependencies';
import { fallbackHandler } from './fallback';

/** Names from outside the model can be anything; logs keep a short prefix. */
const LOGGED_NAME_LENGTH = 64;

function intentNameOf(input: HandlerInput): string | undefined {
  const request = input.requestEnvelope.request as Partial<IntentRequest>;
  const name = request.type === 'IntentRequest' ? request.intent?.name : undefined;
  return typeof name === 'string' ? name.slice(0, LOGGED_NAME_LENGTH) : undefined;
}

/**
 * The last handler: anything no other handler claimed. A user's turn (an intent Steady does not
 * know, a touch nobody handles) hears what Steady can do, as for AMAZON.FallbackIntent; any other
 * request gets the empty response Alexa expects. Registered last, so a specific handler added
 * anywhere before it always wins.
 */
export function unhandledRequestHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: () => true,
    handle(input: HandlerInput) {
      const requestType = String(getRequestType(input.requestEnvelope)).slice(0, LOGGED_NAME_LENGTH);
      deps.logger.warn('request not handled by any handler', { requestType, intent: intentNameOf(input) });
      if (acceptsSpeech(requestType)) return fallbackHandler.handle(input);
      return input.responseBuilder.getResponse();
    },
  };
}
