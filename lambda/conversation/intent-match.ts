import { getIntentName, getRequestType, type HandlerInput } from 'ask-sdk-core';

/**
 * Whether the request is an IntentRequest for one of these intents. An IntentRequest that carries
 * no intent at all is malformed and throws, so it reaches the error handler.
 */
export function isIntent(input: HandlerInput, ...names: readonly string[]): boolean {
  return getRequestType(input.requestEnvelope) === 'IntentRequest' && names.includes(getIntentName(input.requestEnvelope));
}
