import type { ErrorHandler, HandlerInput } from 'ask-sdk-core';
import { getRequestType, ResponseFactory } from 'ask-sdk-core';
import { acceptsSpeech } from '../alexa/request-types';
import type { SkillDependencies } from '../skill-dependencies';
import { sentences, tell } from './respond';

export const CALM_APOLOGY = "I'm sorry, something went wrong on my side. Take a slow breath with me, in, and out. Then try asking again.";

/**
 * Every thrown error ends here: a calm sentence, never the device's error tone. The answer is
 * built afresh, so nothing a failed handler had half added (a reprompt, a visual) goes out with
 * it, and requests that allow no speech get the empty response Alexa expects.
 */
export function errorHandler(deps: SkillDependencies): ErrorHandler {
  return {
    canHandle: () => true,
    handle(input: HandlerInput, error: Error) {
      const requestType = safeRequestType(input);
      try {
        deps.logger.error('request failed', { requestType, error });
      } catch {
        // The calm answer matters more than the log line.
      }
      const fresh: HandlerInput = { ...input, responseBuilder: ResponseFactory.init() };
      if (!acceptsSpeech(requestType)) return fresh.responseBuilder.getResponse();
      return tell(fresh, sentences(CALM_APOLOGY));
    },
  };
}

function safeRequestType(input: HandlerInput): string | undefined {
  try {
    return getRequestType(input.requestEnvelope);
  } catch {
    return undefined;
  }
}
