import type { RequestEnvelope } from 'ask-sdk-model';
import { RemindersClient, type ReminderAccess } from '../alexa/reminders';

/** One client per container; each call carries the request's own endpoint and token. */
export const remindersApi = new RemindersClient();

/** The endpoint and token a request brings for Alexa's APIs; undefined when it brings none. */
export function reminderAccess(envelope: RequestEnvelope): ReminderAccess | undefined {
  const system = envelope.context?.System;
  return system?.apiEndpoint && system.apiAccessToken
    ? { apiEndpoint: system.apiEndpoint, apiAccessToken: system.apiAccessToken }
    : undefined;
}
