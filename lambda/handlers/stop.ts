import { getIntentName, getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import { Intents } from '../intents';
import { sentences, tell } from './respond';

const LEAVING_INTENTS: readonly string[] = [Intents.Stop, Intents.Cancel, Intents.NavigateHome];

export const stopHandler: RequestHandler = {
  canHandle: (input: HandlerInput) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' && LEAVING_INTENTS.includes(getIntentName(input.requestEnvelope)),
  handle: (input: HandlerInput) => tell(input, sentences('Okay. Take care of yourself.')),
};
