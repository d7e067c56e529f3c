import { getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { interfaces } from 'ask-sdk-model';
import type { SkillDependencies } from '../skill-dependencies';

/**
 * Alexa reports that a directive in an earlier response failed. Nobody is listening for an
 * answer and Alexa accepts no speech here: the report is logged for the developer.
 */
export function exceptionEncounteredHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => getRequestType(input.requestEnvelope) === 'System.ExceptionEncountered',
    handle(input: HandlerInput) {
      const request = input.requestEnvelope.request as Partial<interfaces.system.ExceptionEncounteredRequest>;
      deps.logger.warn('Alexa could not use an earlier response', {
        errorType: request.error?.type,
        errorMessage: request.error?.message,
        failedRequestId: request.cause?.requestId,
      });
      return input.responseBuilder.getResponse();
    },
  };
}
