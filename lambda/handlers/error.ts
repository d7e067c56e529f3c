import type { ErrorHandler, HandlerInput } from 'ask-sdk-core';
import { getRequestType, ResponseFactory } from 'ask-sdk-core';
import { acceptsSpeech } from '../alexa/request-types';
import { wordsFor, wordsOf, type Words } from '../content/words';
import type { SkillDependencies } from '../skill-dependencies';
import { sentences, tell } from '../conversation/respond';

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
      return tell(fresh, sentences(safeWords(input).conversation.apology));
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

/** The request's words; the default language's for a request too broken to say which. */
function safeWords(input: HandlerInput): Words {
  try {
    return wordsOf(input);
  } catch {
    return wordsFor(undefined);
  }
}
