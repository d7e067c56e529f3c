import type { RequestEnvelope } from 'ask-sdk-model';
import type { ReminderAccess } from '../alexa/reminders';

/** The endpoint and token a request brings for Alexa's APIs; undefined when it brings none. */
export function reminderAccess(envelope: RequestEnvelope): ReminderAccess | undefined {
  const system = envelope.context?.System;
  return system?.apiEndpoint && system.apiAccessToken
    ? { apiEndpoint: system.apiEndpoint, apiAccessToken: system.apiAccessToken }
    : undefined;
}
