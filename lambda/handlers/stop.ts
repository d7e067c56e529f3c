import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Intents } from '../intents';
import { sentences, tell } from './respond';
import { isIntent } from './intent-match';

const LEAVING_INTENTS: readonly string[] = [Intents.Stop, Intents.Cancel, Intents.NavigateHome];

export const stopHandler: RequestHandler = {
  canHandle: (input: HandlerInput) => isIntent(input, ...LEAVING_INTENTS),
  handle: (input: HandlerInput) => tell(input, sentences('Okay. Take care of yourself.')),
};
