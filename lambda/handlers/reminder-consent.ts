import { getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { interfaces } from 'ask-sdk-model';
import { consentAnswer } from '../alexa/permission-consent';
import { DEFAULT_REMINDER_TIME, isReminderToken, timeFromToken } from '../alexa/reminder-time';
import { wordsOf } from '../content/words';
import type { SkillDependencies } from '../skill-dependencies';
import { setDailyReminder } from './reminder';
import { sentences, tell } from '../conversation/respond';

/**
 * Alexa's answer to the reminder permission question: accepted, the reminder is set for the time
 * the token carries; declined or unanswered, Steady lets it go kindly.
 */
export function reminderConsentHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle(input: HandlerInput) {
      if (getRequestType(input.requestEnvelope) !== 'Connections.Response') return false;
      const request = input.requestEnvelope.request as interfaces.connections.ConnectionsResponse;
      return request.name === 'AskFor' && isReminderToken(request.token);
    },
    handle(input: HandlerInput) {
      const request = input.requestEnvelope.request as interfaces.connections.ConnectionsResponse;
      const answer = consentAnswer(request.payload);
      deps.logger.info('reminder permission answered', { answer });
      if (answer !== 'ACCEPTED') return tell(input, sentences(wordsOf(input).reminders.permissionDeclined));
      const time = timeFromToken(request.token ?? '') ?? DEFAULT_REMINDER_TIME;
      return setDailyReminder(deps, input, time, { askedAlready: true });
    },
  };
}
