import { getIntentName, getRequestType, type HandlerInput } from 'ask-sdk-core';
import type { IntentRequest, RequestEnvelope } from 'ask-sdk-model';
import { Intents, StatementSlots } from '../intents';
import { requestSpoken, type SpokenRequest } from '../understanding/spoken-requests';

const MEANT: Readonly<Record<SpokenRequest, string>> = { stop: Intents.Stop, help: Intents.Help };

/**
 * The intent a request means: the one Alexa sent, except that a catch-all statement whose words
 * are plainly a request to stop or for help ("stop now", "detente por favor") means that request,
 * as Alexa's own stop and help would have heard it. Only the catch-all: it holds what was said
 * after at most a filler ("so", "mira"), where the feelings net's slot holds only what followed its
 * carrier, and "i can't stop" or "no quiero parar" would arrive there as "stop" and "parar".
 */
export function meantIntentName(envelope: RequestEnvelope): string {
  const name = getIntentName(envelope);
  if (name !== Intents.Statement) return name;
  const request = envelope.request as IntentRequest;
  const value = request.intent.slots?.[StatementSlots.statement]?.value;
  const spoken = requestSpoken(typeof value === 'string' ? value : undefined, request.locale);
  return spoken === undefined ? name : MEANT[spoken];
}

/** Whether Alexa sent one of these intents, whatever its words mean. */
export function isSentIntent(input: HandlerInput, ...names: readonly string[]): boolean {
  return getRequestType(input.requestEnvelope) === 'IntentRequest' && names.includes(getIntentName(input.requestEnvelope));
}

/**
 * Whether the request is an IntentRequest that means one of these intents. An IntentRequest that
 * carries no intent at all is malformed and throws, so it reaches the error handler.
 */
export function isIntent(input: HandlerInput, ...names: readonly string[]): boolean {
  return getRequestType(input.requestEnvelope) === 'IntentRequest' && names.includes(meantIntentName(input.requestEnvelope));
}
