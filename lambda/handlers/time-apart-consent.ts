import { getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { interfaces } from 'ask-sdk-model';
import { consentAnswer } from '../alexa/permission-consent';
import { FIRST_STRETCH_MINUTES } from '../guidance/time-apart/plan';
import type { SkillDependencies } from '../skill-dependencies';
import { startStretch, stretchWithoutTimer } from './time-apart';
import { isTimeApartToken, minutesFromToken } from '../conversation/time-apart-access';

/**
 * Alexa's answer to the timer permission question: accepted, the timer is set for the stretch
 * the token carries; declined or unanswered, the stretch still counts and Steady says how to keep
 * time without a timer.
 */
export function timeApartConsentHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle(input: HandlerInput) {
      if (getRequestType(input.requestEnvelope) !== 'Connections.Response') return false;
      const request = input.requestEnvelope.request as interfaces.connections.ConnectionsResponse;
      return request.name === 'AskFor' && isTimeApartToken(request.token);
    },
    async handle(input: HandlerInput) {
      const request = input.requestEnvelope.request as interfaces.connections.ConnectionsResponse;
      const answer = consentAnswer(request.payload);
      deps.logger.info('timer permission answered', { answer });
      const minutes = minutesFromToken(request.token) ?? FIRST_STRETCH_MINUTES;
      if (answer !== 'ACCEPTED') return stretchWithoutTimer(deps, input, minutes, 'declined');
      return startStretch(deps, input, minutes, { askedAlready: true });
    },
  };
}
