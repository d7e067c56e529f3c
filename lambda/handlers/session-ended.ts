import { getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { SessionEndedRequest } from 'ask-sdk-model';
import type { SkillDependencies } from '../skill-dependencies';

/** Alexa expects no speech here; an error reason is logged for the developer. */
export function sessionEndedHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
    handle(input: HandlerInput) {
      const request = input.requestEnvelope.request as SessionEndedRequest;
      if (request.reason === 'ERROR') {
        deps.logger.warn('session ended with an error', {
          reason: request.reason,
          errorType: request.error?.type,
          errorMessage: request.error?.message,
        });
      }
      return input.responseBuilder.getResponse();
    },
  };
}
